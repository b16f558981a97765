//! The theme tree (nội dung tuyên truyền trọng tâm) of the sample plan:
//! names, keywords, item shares, attainment profile and headline templates.

/// One theme of the fixed tree.
#[derive(Debug)]
pub struct ThemeDef {
    /// Theme code, e.g. "1.2".
    pub code: &'static str,
    /// Theme name.
    pub name: &'static str,
    /// Keywords for tagging help.
    pub keywords: &'static [&'static str],
    /// Relative share of tagged items (leaves only).
    pub weight: u32,
    /// Planned attainment in per cent (count / target × 100).
    pub attainment: u32,
    /// Positive or neutral headline templates (leaves only).
    pub headlines: &'static [&'static str],
    /// Critical headline templates (areas only).
    pub negative: &'static [&'static str],
    /// Sub-themes.
    pub children: &'static [ThemeDef],
}

const fn leaf(
    code: &'static str,
    name: &'static str,
    keywords: &'static [&'static str],
    weight: u32,
    attainment: u32,
    headlines: &'static [&'static str],
) -> ThemeDef {
    ThemeDef {
        code,
        name,
        keywords,
        weight,
        attainment,
        headlines,
        negative: &[],
        children: &[],
    }
}

/// The six areas with their sub-themes, in file order.
pub const THEMES: &[ThemeDef] = &[
    ThemeDef {
        code: "1",
        name: "Kinh tế, phát triển hạ tầng",
        keywords: &["kinh tế", "tăng trưởng", "hạ tầng", "GRDP", "ngân sách"],
        weight: 0,
        attainment: 92,
        headlines: &[],
        negative: &[
            "Dự án ở {P} chậm tiến độ, người dân mòn mỏi chờ",
            "Khu công nghiệp ở {P} bị phản ánh gây ô nhiễm môi trường",
            "Đường hư hỏng nặng, người dân {P} bức xúc",
        ],
        children: &[
            leaf(
                "1.1",
                "Khu kinh tế Nghi Sơn và các khu công nghiệp",
                &["Nghi Sơn", "khu kinh tế", "khu công nghiệp", "FDI"],
                9,
                108,
                &[
                    "{T}: Khu kinh tế Nghi Sơn thu hút {S} tỷ USD vốn FDI",
                    "Khu kinh tế Nghi Sơn có thêm {N} dự án mới, tổng vốn {B} tỷ đồng",
                    "Khởi công hạ tầng khu công nghiệp {M} ha tại {P}",
                    "Giá trị sản xuất công nghiệp {T} tăng {K}% so với cùng kỳ",
                    "{P} tăng tốc lấp đầy các khu công nghiệp",
                ],
            ),
            leaf(
                "1.2",
                "Nông nghiệp, xây dựng nông thôn mới",
                &["nông nghiệp", "nông thôn mới", "OCOP", "nông dân"],
                7,
                74,
                &[
                    "{P} đạt chuẩn nông thôn mới nâng cao",
                    "Mùa lúa bội thu trên cánh đồng {P}",
                    "{T} có thêm {N} sản phẩm OCOP đạt 4 sao",
                    "Nông dân {P} thu trăm triệu đồng mỗi năm từ dưa lưới công nghệ cao",
                    "Tích tụ ruộng đất, phát triển nông nghiệp quy mô lớn ở {P}",
                ],
            ),
            leaf(
                "1.3",
                "Hạ tầng giao thông, đô thị",
                &[
                    "giao thông",
                    "cao tốc",
                    "đường ven biển",
                    "đô thị",
                    "đầu tư công",
                ],
                7,
                96,
                &[
                    "Đẩy nhanh tiến độ dự án đường ven biển qua {P}",
                    "{T} giải ngân vốn đầu tư công đạt {R}% kế hoạch",
                    "Diện mạo đô thị mới ở {P}",
                    "Mở rộng Cảng hàng không Thọ Xuân: động lực phát triển mới",
                    "Khánh thành cầu mới nối {P} với trung tâm tỉnh",
                ],
            ),
            leaf(
                "1.4",
                "Doanh nghiệp, thương mại, thu ngân sách",
                &["doanh nghiệp", "xuất khẩu", "thu ngân sách", "thương mại"],
                5,
                61,
                &[
                    "Thu ngân sách {T} tháng {H} đạt {B} tỷ đồng",
                    "Doanh nghiệp {T} tăng tốc xuất khẩu",
                    "Gần {M} doanh nghiệp thành lập mới tại {T} trong tháng {H}",
                    "Hàng Việt về {P}: kết nối cung cầu, kích cầu tiêu dùng",
                    "{C} nộp ngân sách {B} tỷ đồng",
                ],
            ),
        ],
    },
    ThemeDef {
        code: "2",
        name: "Cải cách hành chính, chuyển đổi số",
        keywords: &[
            "cải cách hành chính",
            "chuyển đổi số",
            "thủ tục hành chính",
            "bộ máy",
        ],
        weight: 0,
        attainment: 115,
        headlines: &[],
        negative: &[
            "Người dân {P} phản ánh thủ tục cấp sổ đỏ chậm trễ",
            "Cán bộ xã ở {P} bị phản ánh gây phiền hà cho dân",
        ],
        children: &[
            leaf(
                "2.1",
                "Cải cách thủ tục hành chính, nâng cao chỉ số PCI",
                &["thủ tục hành chính", "một cửa", "PCI", "PAR Index"],
                5,
                88,
                &[
                    "{T} cắt giảm {K}% thời gian giải quyết thủ tục hành chính",
                    "Chỉ số PCI của {T} tăng {S} bậc",
                    "Bộ phận một cửa {P}: người dân hài lòng với thái độ phục vụ",
                    "Đối thoại với doanh nghiệp, tháo gỡ vướng mắc thủ tục đầu tư",
                ],
            ),
            leaf(
                "2.2",
                "Chuyển đổi số, chính quyền số",
                &[
                    "chuyển đổi số",
                    "dịch vụ công trực tuyến",
                    "Đề án 06",
                    "bình dân học vụ số",
                ],
                6,
                119,
                &[
                    "{T}: {R}% hồ sơ thủ tục hành chính được nộp trực tuyến",
                    "{P} ra quân phong trào “Bình dân học vụ số”",
                    "Chuyển đổi số trong trường học ở {P}",
                    "Thanh toán không dùng tiền mặt lan tỏa đến vùng cao {P}",
                    "Đề án 06: {R}% người dân {T} có tài khoản định danh điện tử mức 2",
                ],
            ),
            leaf(
                "2.3",
                "Sắp xếp tổ chức bộ máy, đơn vị hành chính",
                &[
                    "tinh gọn bộ máy",
                    "sáp nhập",
                    "chính quyền hai cấp",
                    "đơn vị hành chính",
                ],
                6,
                132,
                &[
                    "{T} hoàn thành sắp xếp đơn vị hành chính cấp xã",
                    "Chính quyền địa phương hai cấp: {P} vận hành thông suốt",
                    "Tinh gọn bộ máy: {T} giảm {N} đầu mối cơ quan, đơn vị",
                    "Xã mới ở {P} ổn định tổ chức, phục vụ người dân tốt hơn",
                ],
            ),
        ],
    },
    ThemeDef {
        code: "3",
        name: "Đối ngoại, xúc tiến đầu tư",
        keywords: &["đối ngoại", "xúc tiến đầu tư", "hợp tác quốc tế"],
        weight: 0,
        attainment: 47,
        headlines: &[],
        negative: &["Dự án FDI ở {P} “treo” nhiều năm, nông dân mất đất sản xuất"],
        children: &[
            leaf(
                "3.1",
                "Xúc tiến đầu tư, thu hút vốn FDI",
                &["xúc tiến đầu tư", "nhà đầu tư", "FDI", "chứng nhận đầu tư"],
                4,
                52,
                &[
                    "{T} trao chứng nhận đầu tư cho {N} dự án tại Hội nghị xúc tiến đầu tư",
                    "Nhà đầu tư {F} tìm hiểu cơ hội đầu tư tại Khu kinh tế Nghi Sơn",
                    "Đoàn công tác tỉnh {T} xúc tiến đầu tư tại {F}",
                    "Thu hút FDI: {T} có thêm {S} tỷ USD vốn đăng ký mới",
                ],
            ),
            leaf(
                "3.2",
                "Hợp tác quốc tế, đối ngoại nhân dân",
                &[
                    "hợp tác quốc tế",
                    "Hủa Phăn",
                    "đối ngoại nhân dân",
                    "đại sứ",
                ],
                3,
                41,
                &[
                    "{T} và tỉnh Hủa Phăn (Lào) tăng cường hợp tác toàn diện",
                    "Lãnh đạo tỉnh {T} tiếp Đại sứ {F} tại Việt Nam",
                    "Quảng bá hình ảnh xứ Thanh với bạn bè {F}",
                    "Tình nguyện viên {F} hỗ trợ học sinh {P}",
                ],
            ),
        ],
    },
    ThemeDef {
        code: "4",
        name: "Xây dựng Đảng, chính sách dân tộc",
        keywords: &["xây dựng Đảng", "chính trị", "dân tộc", "đảng viên"],
        weight: 0,
        attainment: 86,
        headlines: &[],
        negative: &[
            "Kỷ luật cán bộ {P} vì sai phạm trong quản lý đất đai",
            "Khởi tố nguyên cán bộ địa chính xã ở {P}",
        ],
        children: &[
            leaf(
                "4.1",
                "Đại hội Đảng bộ các cấp nhiệm kỳ 2025 – 2030",
                &["đại hội", "nhiệm kỳ 2025 – 2030", "văn kiện", "nhân sự"],
                6,
                102,
                &[
                    "Đại hội đại biểu Đảng bộ {P} nhiệm kỳ 2025 – 2030 thành công tốt đẹp",
                    "Góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XX",
                    "Chuẩn bị chu đáo công tác nhân sự đại hội Đảng bộ các cấp",
                    "{N} tổ chức cơ sở đảng ở {P} hoàn thành đại hội",
                ],
            ),
            leaf(
                "4.2",
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                &[
                    "làm theo Bác",
                    "tư tưởng Hồ Chí Minh",
                    "điển hình tiên tiến",
                ],
                4,
                79,
                &[
                    "Lan tỏa những tấm gương học tập và làm theo Bác ở {P}",
                    "Đảng viên trẻ ở {P} tiên phong chuyển đổi số",
                    "Tuyên dương {N} tập thể, cá nhân điển hình học tập và làm theo Bác",
                ],
            ),
            leaf(
                "4.3",
                "Chính sách dân tộc, phát triển vùng miền núi",
                &[
                    "đồng bào dân tộc thiểu số",
                    "miền núi",
                    "giảm nghèo",
                    "người có uy tín",
                ],
                4,
                68,
                &[
                    "Đổi thay ở vùng đồng bào dân tộc thiểu số {P}",
                    "Hỗ trợ sinh kế giúp {M} hộ đồng bào Mường, Thái thoát nghèo",
                    "Người có uy tín: cầu nối giữa Đảng với đồng bào {P}",
                    "Chương trình mục tiêu quốc gia vùng dân tộc thiểu số: {T} giải ngân đạt {R}%",
                ],
            ),
            leaf(
                "4.4",
                "Phòng, chống tham nhũng, lãng phí",
                &["phòng, chống tham nhũng", "lãng phí", "kiểm tra, giám sát"],
                3,
                44,
                &[
                    "{T} siết chặt kỷ luật, kỷ cương, chống lãng phí",
                    "Xử lý dứt điểm các dự án chậm tiến độ, gây lãng phí",
                    "Thực hành tiết kiệm, chống lãng phí từ cơ sở ở {P}",
                ],
            ),
        ],
    },
    ThemeDef {
        code: "5",
        name: "Văn hóa, xã hội, du lịch",
        keywords: &["văn hóa", "xã hội", "du lịch", "an sinh"],
        weight: 0,
        attainment: 104,
        headlines: &[],
        negative: &[
            "Chặt chém du khách ở {L}: cơ quan chức năng vào cuộc",
            "Trường học ở {P} xuống cấp, thiếu phòng học",
        ],
        children: &[
            leaf(
                "5.1",
                "Phát triển du lịch",
                &["du lịch", "du khách", "Sầm Sơn", "Pù Luông"],
                8,
                112,
                &[
                    "{L} đón hơn {M} nghìn lượt khách trong tháng {H}",
                    "Du lịch cộng đồng ở {L} hút khách quốc tế",
                    "{T} đón {S} triệu lượt khách, doanh thu du lịch tăng {K}%",
                    "Khám phá {L}: điểm đến hấp dẫn của xứ Thanh",
                ],
            ),
            leaf(
                "5.2",
                "Giáo dục, y tế",
                &["giáo dục", "y tế", "học sinh", "bệnh viện"],
                5,
                90,
                &[
                    "{T} có {N} học sinh đoạt giải học sinh giỏi quốc gia",
                    "Kỳ thi tốt nghiệp THPT 2025: {T} sẵn sàng cho hơn {N} nghìn thí sinh",
                    "Bệnh viện Đa khoa tỉnh {T} làm chủ kỹ thuật ghép thận",
                    "Trạm y tế xã ở {P} đạt chuẩn quốc gia",
                ],
            ),
            leaf(
                "5.3",
                "Di sản, văn hóa, lễ hội",
                &["di sản", "lễ hội", "Thành Nhà Hồ", "văn hóa truyền thống"],
                4,
                66,
                &[
                    "Bảo tồn giá trị Di sản văn hóa thế giới Thành Nhà Hồ",
                    "Đặc sắc lễ hội truyền thống ở {P}",
                    "Phục dựng nghi lễ cổ truyền của đồng bào Mường ở {P}",
                    "Nghệ thuật Chèo, Tuồng xứ Thanh trên sân khấu hôm nay",
                ],
            ),
            leaf(
                "5.4",
                "An sinh xã hội, xóa nhà tạm, nhà dột nát",
                &["an sinh xã hội", "xóa nhà tạm", "hộ nghèo", "việc làm"],
                5,
                95,
                &[
                    "{P} hoàn thành xóa nhà tạm, nhà dột nát cho {M} hộ nghèo",
                    "{T} dành {B} tỷ đồng chăm lo cho người có công, hộ nghèo",
                    "Trao {M} suất quà cho hộ có hoàn cảnh khó khăn ở {P}",
                    "Giải quyết việc làm cho {N} nghìn lao động",
                ],
            ),
        ],
    },
    ThemeDef {
        code: "6",
        name: "Các ngày lễ lớn, sự kiện lịch sử",
        keywords: &["kỷ niệm", "ngày lễ lớn", "sự kiện lịch sử", "truyền thống"],
        weight: 0,
        attainment: 124,
        headlines: &[],
        negative: &["Khu di tích ở {P} xuống cấp, chưa được trùng tu"],
        children: &[
            leaf(
                "6.1",
                "Kỷ niệm các ngày lễ lớn của đất nước",
                &["kỷ niệm", "ngày lễ lớn", "Quốc khánh", "30/4"],
                4,
                128,
                &[
                    "{T} trang trí cờ hoa, cổ động chào mừng các ngày lễ lớn",
                    "Tuyên truyền trực quan kỷ niệm các ngày lễ lớn ở {P}",
                    "Chương trình nghệ thuật chào mừng các ngày lễ lớn năm 2025",
                ],
            ),
            leaf(
                "6.2",
                "Sự kiện lịch sử, truyền thống của tỉnh",
                &[
                    "Lam Kinh",
                    "Hàm Rồng",
                    "truyền thống cách mạng",
                    "di tích lịch sử",
                ],
                3,
                83,
                &[
                    "Về Lam Kinh, nhớ công đức Vua Lê Thái Tổ",
                    "Truyền thống cách mạng của quê hương {P}",
                    "Dâng hương tưởng niệm các Anh hùng liệt sĩ tại {P}",
                    "Hàm Rồng – biểu tượng ý chí kiên cường của quân dân xứ Thanh",
                ],
            ),
            leaf(
                "6.3",
                "Ngày truyền thống các lực lượng vũ trang",
                &["quốc phòng", "an ninh", "công an", "bộ đội biên phòng"],
                2,
                57,
                &[
                    "Bộ đội Biên phòng {T}: điểm tựa của nhân dân vùng biên",
                    "Công an {P} bảo đảm an ninh trật tự dịp lễ",
                    "Lực lượng dân quân tự vệ {P} ra quân huấn luyện",
                ],
            ),
        ],
    },
];
