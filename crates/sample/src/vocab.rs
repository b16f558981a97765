//! Fixed vocabulary of the sample province: organization, places, outlets,
//! formats and the 2025 anniversaries (ngày kỷ niệm).

/// Province name used in headlines and the dateline.
pub const PROVINCE: &str = "Thanh Hóa";
/// Reporting body (cơ quan báo cáo).
pub const ORG_NAME: &str = "Sở Thông tin và Truyền thông tỉnh Thanh Hóa";
/// Governing body shown above the reporting body.
pub const ORG_PARENT: &str = "UBND TỈNH THANH HÓA";
/// Plan year.
pub const YEAR: u32 = 2025;
/// Plan identifier.
pub const PLAN_ID: &str = "KH-TTTT-2025";
/// Plan title.
pub const PLAN_TITLE: &str =
    "Kế hoạch thông tin, tuyên truyền các nhiệm vụ chính trị trọng tâm tỉnh Thanh Hóa năm 2025";
/// Suffix of contract numbers: "05/2025/HĐ-STTTT".
pub const CONTRACT_SUFFIX: &str = "/2025/HĐ-STTTT";
/// Prefix of coverage item ids: "TT-000001".
pub const ITEM_PREFIX: &str = "TT-";

/// Localities (huyện, thị xã, thành phố) used in headlines.
pub const PLACES: &[&str] = &[
    "TP Thanh Hóa",
    "Sầm Sơn",
    "Nghi Sơn",
    "Bỉm Sơn",
    "Thọ Xuân",
    "Hoằng Hóa",
    "Quảng Xương",
    "Hậu Lộc",
    "Nga Sơn",
    "Hà Trung",
    "Vĩnh Lộc",
    "Yên Định",
    "Thiệu Hóa",
    "Đông Sơn",
    "Triệu Sơn",
    "Nông Cống",
    "Như Thanh",
    "Như Xuân",
    "Ngọc Lặc",
    "Cẩm Thủy",
    "Thạch Thành",
    "Bá Thước",
    "Lang Chánh",
    "Thường Xuân",
    "Quan Hóa",
    "Quan Sơn",
    "Mường Lát",
];
/// Tourist destinations (điểm du lịch).
pub const SITES: &[&str] = &[
    "Sầm Sơn",
    "Hải Tiến",
    "Pù Luông",
    "Thành Nhà Hồ",
    "Lam Kinh",
    "Bến En",
    "Hải Hòa",
    "Suối cá Cẩm Lương",
    "Tiên Trang",
];
/// Foreign partners (đối tác nước ngoài).
pub const PARTNERS: &[&str] = &[
    "Nhật Bản",
    "Hàn Quốc",
    "Lào",
    "Singapore",
    "Hoa Kỳ",
    "Australia",
    "Pháp",
    "Thái Lan",
];
/// Large local enterprises (doanh nghiệp).
pub const COMPANIES: &[&str] = &[
    "Công ty Lọc hóa dầu Nghi Sơn",
    "Công ty CP Mía đường Lam Sơn",
    "Công ty Xi măng Nghi Sơn",
    "Công ty Nhiệt điện Nghi Sơn 2",
    "Công ty CP Sữa TH",
];

/// Level of an outlet (cấp của cơ quan báo chí).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Trung ương.
    Central,
    /// Của tỉnh.
    Provincial,
    /// Tỉnh bạn.
    OtherProvince,
    /// Khác.
    Other,
}

impl Level {
    /// The `level` value of the format.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Provincial => "provincial",
            Level::OtherProvince => "other_province",
            Level::Other => "other",
        }
    }
}

/// Kind of an outlet (loại hình).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Báo in (with an online edition).
    Newspaper,
    /// Tạp chí.
    Magazine,
    /// Báo điện tử, cổng thông tin.
    Online,
    /// Truyền hình.
    Tv,
    /// Phát thanh.
    Radio,
    /// Thông tấn.
    NewsAgency,
}

impl Kind {
    /// The `kind` value of the format.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Newspaper => "newspaper",
            Kind::Magazine => "magazine",
            Kind::Online => "online",
            Kind::Tv => "tv",
            Kind::Radio => "radio",
            Kind::NewsAgency => "news_agency",
        }
    }

    /// Formats this kind of outlet publishes, with relative weights.
    pub fn formats(self) -> &'static [(Format, u32)] {
        use Format::*;
        match self {
            Kind::Newspaper => &[
                (OnlineArticle, 50),
                (PrintArticle, 28),
                (Video, 6),
                (PhotoStory, 5),
                (Emagazine, 5),
                (Infographic, 4),
                (SocialPost, 2),
            ],
            Kind::Magazine => &[(PrintArticle, 50), (OnlineArticle, 40), (Emagazine, 10)],
            Kind::Online => &[
                (OnlineArticle, 68),
                (Video, 10),
                (Emagazine, 8),
                (Infographic, 7),
                (PhotoStory, 5),
                (SocialPost, 2),
            ],
            Kind::Tv => &[(TvReport, 64), (Video, 30), (SocialPost, 4), (Other, 1)],
            Kind::Radio => &[
                (RadioReport, 68),
                (OnlineArticle, 20),
                (Video, 10),
                (Other, 2),
            ],
            Kind::NewsAgency => &[
                (OnlineArticle, 50),
                (PhotoStory, 20),
                (Infographic, 10),
                (Video, 10),
                (PrintArticle, 10),
            ],
        }
    }

    /// Typical audience range (reach) of one item: (min, max).
    pub fn reach_range(self) -> (u64, u64) {
        match self {
            Kind::Newspaper => (2_000, 120_000),
            Kind::Magazine => (500, 20_000),
            Kind::Online => (3_000, 300_000),
            Kind::Tv => (20_000, 900_000),
            Kind::Radio => (5_000, 150_000),
            Kind::NewsAgency => (1_000, 80_000),
        }
    }
}

/// Format of a coverage item (hình thức).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Bài báo in.
    PrintArticle,
    /// Tin, bài báo điện tử.
    OnlineArticle,
    /// E-magazine.
    Emagazine,
    /// Infographic.
    Infographic,
    /// Phóng sự ảnh.
    PhotoStory,
    /// Clip, video.
    Video,
    /// Phóng sự truyền hình.
    TvReport,
    /// Phóng sự phát thanh.
    RadioReport,
    /// Bài mạng xã hội.
    SocialPost,
    /// Khác.
    Other,
}

impl Format {
    /// The `format` value of the format.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::PrintArticle => "print_article",
            Format::OnlineArticle => "online_article",
            Format::Emagazine => "emagazine",
            Format::Infographic => "infographic",
            Format::PhotoStory => "photo_story",
            Format::Video => "video",
            Format::TvReport => "tv_report",
            Format::RadioReport => "radio_report",
            Format::SocialPost => "social_post",
            Format::Other => "other",
        }
    }

    /// URL path section used for this format.
    pub fn section(self) -> &'static str {
        match self {
            Format::PrintArticle | Format::OnlineArticle => "thoi-su",
            Format::Emagazine => "emagazine",
            Format::Infographic => "infographic",
            Format::PhotoStory => "anh",
            Format::Video | Format::TvReport => "video",
            Format::RadioReport => "radio",
            Format::SocialPost => "social",
            Format::Other => "tin-tuc",
        }
    }
}

/// A press outlet (cơ quan báo chí) of the sample.
#[derive(Debug)]
pub struct OutletDef {
    /// Outlet id.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Level.
    pub level: Level,
    /// Kind.
    pub kind: Kind,
    /// Web domain for URLs.
    pub domain: &'static str,
    /// Relative share of uncontracted items.
    pub weight: u32,
    /// Contract priority (lower signs first; 0 = never under contract).
    pub contract_rank: u8,
    /// Top-level theme codes this outlet is usually ordered to cover.
    pub areas: &'static [&'static str],
}

/// An outlet definition; `(weight, contract_rank)` as in [`OutletDef`].
const fn outlet(
    id: &'static str,
    name: &'static str,
    level: Level,
    kind: Kind,
    domain: &'static str,
    (weight, contract_rank): (u32, u8),
    areas: &'static [&'static str],
) -> OutletDef {
    OutletDef {
        id,
        name,
        level,
        kind,
        domain,
        weight,
        contract_rank,
        areas,
    }
}

/// The ~20 outlets of the sample, in file order.
#[rustfmt::skip]
pub const OUTLETS: &[OutletDef] = {
    use Kind::*;
    use Level::*;
    &[
        outlet("nhandan", "Báo Nhân Dân", Central, Newspaper, "nhandan.vn", (6, 3), &["1", "4"]),
        outlet("vtv", "Đài Truyền hình Việt Nam", Central, Tv, "vtv.vn", (4, 4), &["1", "5"]),
        outlet("vov", "Đài Tiếng nói Việt Nam", Central, Radio, "vov.vn", (4, 6), &["2", "5"]),
        outlet("ttxvn", "Thông tấn xã Việt Nam", Central, NewsAgency, "vnanet.vn", (5, 5), &["3", "6"]),
        outlet("qdnd", "Báo Quân đội nhân dân", Central, Newspaper, "qdnd.vn", (3, 10), &["4", "6"]),
        outlet("tuoitre", "Báo Tuổi Trẻ", Central, Newspaper, "tuoitre.vn", (4, 9), &["5"]),
        outlet("thanhnien", "Báo Thanh Niên", Central, Newspaper, "thanhnien.vn", (4, 12), &["2", "5"]),
        outlet("vnexpress", "Báo điện tử VnExpress", Central, Online, "vnexpress.net", (4, 8), &["1", "3"]),
        outlet("dantri", "Báo điện tử Dân trí", Central, Online, "dantri.com.vn", (4, 13), &["5"]),
        outlet("laodong", "Báo Lao Động", Central, Newspaper, "laodong.vn", (3, 14), &["1", "5"]),
        outlet("tapchicongsan", "Tạp chí Cộng sản", Central, Magazine, "tapchicongsan.org.vn", (1, 7), &["4"]),
        outlet("vietnamplus", "Báo điện tử VietnamPlus", Central, Online, "vietnamplus.vn", (4, 11), &["3", "1"]),
        outlet("tienphong", "Báo Tiền Phong", Central, Newspaper, "tienphong.vn", (3, 0), &[]),
        outlet("baothanhhoa", "Báo Thanh Hóa", Provincial, Newspaper, "baothanhhoa.vn", (20, 1), &["1", "2", "4"]),
        outlet("ttv", "Đài Phát thanh và Truyền hình Thanh Hóa", Provincial, Tv, "truyenhinhthanhhoa.vn", (14, 2), &["2", "5", "6"]),
        outlet("congthongtin", "Cổng thông tin điện tử tỉnh Thanh Hóa", Provincial, Online, "thanhhoa.gov.vn", (8, 0), &[]),
        outlet("baonghean", "Báo Nghệ An", OtherProvince, Newspaper, "baonghean.vn", (2, 15), &["3", "5"]),
        outlet("baoninhbinh", "Báo Ninh Bình", OtherProvince, Newspaper, "baoninhbinh.org.vn", (1, 0), &[]),
        outlet("kinhtedubao", "Tạp chí Kinh tế và Dự báo", Other, Magazine, "kinhtevadubao.vn", (1, 16), &["1", "3"]),
        outlet("tapchidulich", "Tạp chí Du lịch", Other, Magazine, "vtr.org.vn", (1, 0), &[]),
    ]
};

/// An anniversary or key event of the plan year (sự kiện, ngày kỷ niệm).
#[derive(Debug)]
pub struct EventDef {
    /// Event id.
    pub id: &'static str,
    /// Event name.
    pub name: &'static str,
    /// Month 1–12.
    pub month: u8,
    /// Day of month.
    pub day: u8,
    /// Theme code.
    pub theme: &'static str,
    /// How strongly coverage clusters around it (extra items per normal day).
    pub pull: u32,
    /// Headline templates (see `headlines`).
    pub headlines: &'static [&'static str],
}

/// The 2025 events, in file order.
pub const EVENTS: &[EventDef] = &[
    EventDef {
        id: "tet-at-ty",
        name: "Tết Nguyên đán Ất Tỵ 2025",
        month: 1,
        day: 29,
        theme: "5.4",
        pull: 4,
        headlines: &[
            "Chăm lo Tết Ất Tỵ cho hộ nghèo ở {P}",
            "Chợ hoa Xuân Ất Tỵ nhộn nhịp ở {P}",
            "{T} bảo đảm hàng hóa phục vụ Tết Nguyên đán Ất Tỵ",
            "Trao {M} suất quà Tết cho gia đình chính sách ở {P}",
        ],
    },
    EventDef {
        id: "dang-95",
        name: "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2025)",
        month: 2,
        day: 3,
        theme: "6.1",
        pull: 5,
        headlines: &[
            "{T} tổ chức trọng thể Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
            "Mừng Đảng, mừng Xuân Ất Tỵ ở {P}",
            "95 năm Đảng Cộng sản Việt Nam: niềm tin vững bước vào kỷ nguyên mới",
            "{P} trao Huy hiệu Đảng cho {N} đảng viên nhân dịp 3/2",
        ],
    },
    EventDef {
        id: "samson-2025",
        name: "Khai mạc Lễ hội du lịch biển Sầm Sơn năm 2025",
        month: 4,
        day: 26,
        theme: "5.1",
        pull: 3,
        headlines: &[
            "Khai mạc Lễ hội du lịch biển Sầm Sơn năm 2025",
            "Sầm Sơn sẵn sàng cho mùa du lịch biển 2025",
            "Rực rỡ đêm khai mạc Lễ hội du lịch biển Sầm Sơn",
        ],
    },
    EventDef {
        id: "giai-phong-50",
        name: "Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025)",
        month: 4,
        day: 30,
        theme: "6.1",
        pull: 8,
        headlines: &[
            "Sầm Sơn đón hơn {S} triệu lượt khách dịp lễ 30/4",
            "50 năm thống nhất đất nước: ký ức người lính xứ Thanh",
            "{T} dâng hương kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
            "Cựu chiến binh {P} kể chuyện mùa Xuân đại thắng 1975",
        ],
    },
    EventDef {
        id: "bac-ho-135",
        name: "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025)",
        month: 5,
        day: 19,
        theme: "6.1",
        pull: 5,
        headlines: &[
            "Xây dựng {T} trở thành tỉnh kiểu mẫu như Bác Hồ hằng mong muốn",
            "{P} dâng hương tưởng niệm Chủ tịch Hồ Chí Minh nhân kỷ niệm 135 năm Ngày sinh của Người",
            "135 năm Ngày sinh Bác: làm theo lời Bác dặn trên quê hương xứ Thanh",
        ],
    },
    EventDef {
        id: "bao-chi-100",
        name: "Kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 – 21/6/2025)",
        month: 6,
        day: 21,
        theme: "6.1",
        pull: 4,
        headlines: &[
            "100 năm Báo chí Cách mạng Việt Nam: báo chí xứ Thanh đồng hành cùng sự phát triển",
            "{T} trao Giải báo chí tỉnh lần thứ {N}",
            "Gặp mặt nhà báo lão thành nhân kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam",
        ],
    },
    EventDef {
        id: "chinh-quyen-2-cap",
        name: "Vận hành chính quyền địa phương hai cấp (01/7/2025)",
        month: 7,
        day: 1,
        theme: "2.3",
        pull: 6,
        headlines: &[
            "Từ ngày 1/7, {T} chính thức vận hành chính quyền địa phương hai cấp",
            "Ngày đầu vận hành xã mới ở {P}: thông suốt, hiệu quả",
            "Trung tâm phục vụ hành chính công xã mới ở {P} đón người dân",
        ],
    },
    EventDef {
        id: "thuong-binh-78",
        name: "Kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2025)",
        month: 7,
        day: 27,
        theme: "6.1",
        pull: 3,
        headlines: &[
            "Tri ân người có công nhân kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ",
            "Thắp nến tri ân tại Nghĩa trang liệt sĩ {P}",
            "{T} trao {M} suất quà tặng gia đình chính sách, người có công",
        ],
    },
    EventDef {
        id: "dang-bo-tinh-95",
        name: "Kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh Thanh Hóa (29/7/1930 – 29/7/2025)",
        month: 7,
        day: 29,
        theme: "6.2",
        pull: 3,
        headlines: &[
            "95 năm Đảng bộ tỉnh Thanh Hóa: truyền thống vẻ vang, khát vọng vươn lên",
            "Hội thảo khoa học 95 năm Ngày thành lập Đảng bộ tỉnh Thanh Hóa",
            "Triển lãm tư liệu 95 năm Đảng bộ tỉnh tại {P}",
        ],
    },
    EventDef {
        id: "cand-80",
        name: "Kỷ niệm 80 năm Ngày truyền thống Công an nhân dân (19/8/1945 – 19/8/2025)",
        month: 8,
        day: 19,
        theme: "6.3",
        pull: 3,
        headlines: &[
            "80 năm Công an nhân dân: Công an {T} vì nhân dân phục vụ",
            "Công an {P} ra mắt mô hình an ninh trật tự tự quản",
            "Trao Huân chương cho Công an tỉnh {T}",
        ],
    },
    EventDef {
        id: "quoc-khanh-80",
        name: "Kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh nước CHXHCN Việt Nam (02/9/1945 – 02/9/2025)",
        month: 9,
        day: 2,
        theme: "6.1",
        pull: 8,
        headlines: &[
            "{T} rực rỡ cờ hoa mừng Quốc khánh 2/9",
            "80 năm Cách mạng Tháng Tám và Quốc khánh: xứ Thanh vững bước trên con đường đổi mới",
            "Khối diễu binh, diễu hành của {T} sẵn sàng cho Đại lễ A80",
            "Người dân {P} hướng về Đại lễ kỷ niệm 80 năm Quốc khánh",
        ],
    },
    EventDef {
        id: "dai-hoi-xx",
        name: "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025 – 2030",
        month: 10,
        day: 15,
        theme: "4.1",
        pull: 5,
        headlines: &[
            "Khai mạc Đại hội đại biểu Đảng bộ tỉnh {T} lần thứ XX, nhiệm kỳ 2025 – 2030",
            "Đại hội Đảng bộ tỉnh lần thứ XX: khát vọng đưa {T} trở thành cực tăng trưởng mới",
            "Cử tri {P} kỳ vọng vào Đại hội Đảng bộ tỉnh lần thứ XX",
        ],
    },
];

/// Relative volume of coverage per month (seasonality): quiet around Tết,
/// busy in spring, at 2/9 and in the congress season.
pub const MONTH_WEIGHTS: [u32; 12] = [85, 70, 105, 100, 100, 95, 95, 100, 100, 110, 110, 115];

/// Headlines for items nobody tagged (untagged items).
pub const UNTAGGED_HEADLINES: &[&str] = &[
    "Thời tiết {T} những ngày tới: nắng nóng gay gắt",
    "{P}: tai nạn giao thông giảm {K}% so với cùng kỳ",
    "Một ngày ở chợ phiên {P}",
    "Mưa lớn gây ngập cục bộ nhiều tuyến phố ở {P}",
    "Giải chạy việt dã {T} thu hút hơn {M} vận động viên",
    "Chuyện về người thầy giáo cắm bản ở {P}",
];
