//! Tiếng Việt: the words of phusong in Vietnamese, the language of the report.

use crate::sentences::Sentences;
use crate::{
    Analysis, Charts, Columns, Document, Mapping, Sections, Share, Suggest, Ui, Vocab, Words,
};

/// Every word, in Vietnamese.
pub(crate) const WORDS: Words = Words {
    ui: Ui {
        choose_files: "Chọn tệp dữ liệu…",
        add_files: "Thêm vào dữ liệu đã tải",
        replace_files: "Thay toàn bộ dữ liệu",
        use_sample: "Dùng dữ liệu mẫu",
        clear_data: "Xóa dữ liệu",
        clear_confirm: "Xóa toàn bộ dữ liệu và nội dung đã soạn khỏi trình duyệt này?",
        export_summary: "Xuất JSON tổng hợp",
        export_pdf: "Xuất PDF",
        export_docx: "Xuất Word",
        export_docx_busy: "Đang tạo tệp Word…",
        print_preview: "Xem trước bản in",
        close_preview: "Đóng xem trước",
        drop_here: "Thả tệp JSON, Excel hoặc CSV vào đây để tải",
        reading: "Đang đọc tệp",
        parsing: "Đang đọc nội dung tệp",
        converting: "Đang đọc bảng tính; tệp lớn có thể mất vài giây, trang sẽ tạm không phản hồi",
        checking: "Đang kiểm tra và tổng hợp dữ liệu",
        records_unit: "bản ghi",
        restoring: "Đang khôi phục dữ liệu đã lưu",
        welcome_title: "Báo cáo kết quả thông tin, tuyên truyền",
        welcome_lead: "Theo dõi tin, bài, sản phẩm báo chí theo các nội dung tuyên truyền trọng tâm của kế hoạch năm và lập báo cáo gửi Ủy ban nhân dân tỉnh.",
        welcome_steps: [
            ("Tải dữ liệu", "Chọn một hoặc nhiều tệp Excel (.xlsx, .xls), LibreOffice (.ods), CSV hoặc JSON (coverage-report/v1): kế hoạch, hợp đồng với các cơ quan báo chí, tin bài đã đăng. Các tệp được ghép lại với nhau."),
            ("Kiểm tra", "Tệp hỏng bị từ chối, bản ghi sai bị loại riêng; mỗi lỗi ghi rõ tệp, bản ghi, trường và cách sửa. Dữ liệu đúng vẫn được dùng."),
            ("Lập báo cáo", "Xem, lọc theo thời gian, nội dung, cơ quan báo chí, hợp đồng; soạn phần nhận định; in hoặc xuất PDF khổ A4 theo Nghị định 30/2020/NĐ-CP; xuất JSON tổng hợp."),
        ],
        welcome_drop: "Hoặc kéo thả các tệp vào bất kỳ đâu trên trang.",
        welcome_privacy: "Dữ liệu chỉ được xử lý trong trình duyệt này, không gửi đi đâu. Dữ liệu đã tải được lưu trong trình duyệt để lần sau mở lại; dùng “Xóa dữ liệu” để xóa.",
        need_plan: "Chưa có kế hoạch: hãy tải tệp có phần \"plan\" để lập báo cáo.",
        problems: "Kiểm tra dữ liệu",
        refused_files: "tệp bị từ chối",
        quarantined: "bản ghi bị loại",
        warnings: "cảnh báo",
        left_out: "Bản ghi bị loại",
        loaded_files: "Tệp đã tải",
        records: "bản ghi",
        left_out_note: "bản ghi bị loại khỏi báo cáo do sai định dạng (xem mục Kiểm tra dữ liệu).",
        filters: "Lọc",
        from: "Từ ngày",
        to: "Đến ngày",
        theme: "Nội dung",
        outlet: "Cơ quan báo chí",
        level: "Cấp",
        contract: "Hợp đồng",
        format: "Loại sản phẩm",
        tone: "Sắc thái",
        all: "Tất cả",
        uncontracted: "Không theo hợp đồng",
        unrated: "Chưa đánh giá",
        search_title: "Tìm theo tiêu đề (không cần dấu)",
        date_invalid: "Ngày phải có dạng ngày/tháng/năm, ví dụ 31/12/2025",
        clear_filters: "Bỏ lọc",
        active_filters: "Phạm vi lọc",
        items: "Tin, bài, sản phẩm",
        contracted: "Theo hợp đồng",
        reach: "Lượt tiếp cận",
        untagged: "Chưa gắn nội dung",
        out_of_period: "Ngoài kỳ báo cáo",
        narrative: "Đánh giá chung",
        redraft: "Soạn lại từ số liệu",
        edit_hint: "Có thể sửa trực tiếp; nội dung được lưu trong trình duyệt.",
        appendix: "Phụ lục: Danh sách tin, bài, sản phẩm",
        page: "Trang",
        prev: "Trước",
        next: "Sau",
        recipients: "Nơi nhận",
        storage_failed: "Không lưu được vào trình duyệt (dữ liệu vẫn dùng được trong phiên này)",
        language: "English",
        as_of_label: "Số liệu tính đến ngày",
        as_of_hint: "Để trống: hôm nay (không quá ngày cuối kỳ kế hoạch). Tiến độ hợp đồng được đánh giá tại ngày này.",
        part_results: "Kết quả đạt được",
        part_shortcomings: "Tồn tại, hạn chế và nguyên nhân",
        part_directions: "Phương hướng, nhiệm vụ năm tới",
        part_proposals: "Đề xuất, kiến nghị",
        directions_hint: "Nêu phương hướng, nhiệm vụ trọng tâm công tác thông tin, tuyên truyền năm tới (mỗi đoạn một dòng).",
        proposals_hint: "Nêu các đề xuất, kiến nghị với Ủy ban nhân dân tỉnh và các cơ quan liên quan (mỗi đoạn một dòng).",
        acceptance_heading: "Phụ lục nghiệm thu theo hợp đồng",
        acceptance_choose: "Hợp đồng",
        acceptance_none: "— Chọn hợp đồng —",
        acceptance_print_alone: "In riêng phụ lục này",
        acceptance_empty: "Không có sản phẩm nào.",
        download_template: "Tải mẫu Excel",
        download_sample_xlsx: "Tải dữ liệu mẫu dạng Excel",
        templates_hint: "Dữ liệu đang ở Excel? Tải mẫu, điền vào rồi chọn tệp.",
        how_read: "Cách đọc tệp",
        save_json: "Lưu dữ liệu dạng JSON",
    },
    mapping: Mapping {
        choose: "Chọn cách đọc…",
        title: "Cách đọc trang",
        of_file: "của tệp",
        note: "Cách đọc được nhớ trong trình duyệt này cho mọi trang có đúng các tiêu đề cột này và dùng lại lần sau; tệp gốc không bị thay đổi.",
        section: "Đọc là danh sách",
        sections: ["tin, bài", "hợp đồng", "cơ quan báo chí", "nội dung tuyên truyền", "sự kiện, ngày kỷ niệm"],
        header_row: "Dòng tiêu đề",
        row: "Dòng",
        column: "Cột",
        header: "Tiêu đề cột",
        sample: "Dữ liệu mẫu",
        field: "Đọc thành",
        skip: "— bỏ qua —",
        required: "bắt buộc",
        missing: "Còn thiếu cột cho",
        values: "Giá trị chưa khớp",
        values_hint: "Chọn giá trị đúng cho từng giá trị không khớp với danh mục; để nguyên thì các dòng đó bị loại ra khi tải.",
        rows: "dòng",
        leave: "(để nguyên)",
        apply: "Đọc theo cách này",
        forget: "Bỏ cách đọc đã nhớ",
        close: "Đóng",
        remembered: "Trang này đang được đọc theo cách bạn đã chọn.",
        unrecognised_hint: "Không trang nào của tệp này được nhận ra: bấm “Chọn cách đọc…” bên cạnh một trang để chọn đọc nó là danh sách gì và cột nào là trường nào.",
        no_rows: "Trang trống.",
    },
    document: Document {
        nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        motto: "Độc lập - Tự do - Hạnh phúc",
        doc_kind: "BÁO CÁO",
        title_prefix: "Kết quả thông tin, tuyên truyền năm",
        number_placeholder: "Số:       /BC-",
        dateline_blank: "ngày … tháng … năm …",
        parent_label: "Cơ quan chủ quản",
        issuer_label: "Cơ quan ban hành",
        number_label: "Số, ký hiệu",
        place_label: "Địa danh",
        date_label: "Ngày",
        subject_label: "Trích yếu",
        recipients_default: "- UBND tỉnh (để b/c);\n- Ban Tuyên giáo Tỉnh ủy;\n- Lưu: VT.",
        signer_title_default: "GIÁM ĐỐC",
        signer_title_label: "Chức vụ người ký",
        signer_name_label: "Họ tên người ký",
        signer_name_placeholder: "Họ và tên",
        acceptance_buyer: "ĐẠI DIỆN BÊN ĐẶT HÀNG",
        acceptance_outlet: "ĐẠI DIỆN CƠ QUAN BÁO CHÍ",
        sign_hint: "(Ký, ghi rõ họ tên)",
    },
    sections: Sections {
        themes: "Kết quả theo nội dung tuyên truyền trọng tâm",
        months: "Diễn biến theo tháng",
        contracts: "Thực hiện hợp đồng đặt hàng",
        deliverables: "Khối lượng đặt hàng và đã thực hiện theo loại sản phẩm",
        outlets: "Theo cơ quan báo chí",
        formats: "Theo loại sản phẩm",
        tone: "Sắc thái thông tin",
        events: "Tuyên truyền các sự kiện, ngày kỷ niệm",
        items: "Phụ lục: Danh sách tin, bài, sản phẩm",
        acceptance: "Phụ lục: sản phẩm đã thực hiện của hợp đồng số",
        tone_months: "Sắc thái thông tin theo tháng",
        alerts: "Thông tin tiêu cực cần theo dõi, xử lý",
        money: "Kinh phí hợp đồng và sản phẩm đã thực hiện",
        money_levels: "Kinh phí theo cấp cơ quan báo chí",
    },
    columns: Columns {
        code: "Mã",
        theme: "Nội dung tuyên truyền",
        items: "Số tin, bài",
        target: "Chỉ tiêu",
        attainment: "Tỷ lệ đạt (%)",
        contract_no: "Số hợp đồng",
        outlet: "Cơ quan báo chí",
        value: "Giá trị (đ)",
        ordered: "Đặt hàng",
        delivered: "Đã thực hiện",
        fulfilment: "Tỷ lệ thực hiện (%)",
        elapsed: "Thời gian đã qua (%)",
        unordered_formats: "Loại sản phẩm không đặt hàng",
        counted: "Được tính",
        remaining: "Còn thiếu",
        subject: "Nội dung hợp đồng",
        signed: "Ngày ký",
        term: "Thời hạn",
        value_words: "Giá trị hợp đồng",
        of_which_outside_term: "trong đó đăng ngoài thời hạn",
        unordered_part: "Sản phẩm không thuộc danh mục đặt hàng",
        outside_term_part: "Sản phẩm đăng ngoài thời hạn hợp đồng (vẫn được tính vào khối lượng)",
        status: "Tiến độ",
        outside_term: "Ngoài thời hạn",
        unordered: "Ngoài danh mục đặt hàng",
        level: "Cấp",
        contracted: "Theo hợp đồng",
        reach: "Lượt tiếp cận",
        format: "Loại sản phẩm",
        share: "Tỷ lệ (%)",
        month: "Tháng",
        untagged: "Chưa gắn chủ đề",
        tone: "Sắc thái",
        date: "Ngày",
        event: "Sự kiện, ngày kỷ niệm",
        row_no: "STT",
        title: "Tiêu đề",
        theme_codes: "Nội dung (mã)",
        contract: "Hợp đồng",
        link: "Đường dẫn",
        done: "Hoàn thành",
        on_pace: "Đúng tiến độ",
        behind: "Chậm tiến độ",
        not_started: "Chưa thực hiện",
        unrated: "Chưa đánh giá",
    },
    charts: Charts {
        no_data: "Không có dữ liệu",
        untagged: "Chưa gắn chủ đề",
        target: "Chỉ tiêu",
        no_target: "Không có chỉ tiêu",
        at_target: "100 % trở lên",
        done: "Hoàn thành",
        on_pace: "Đúng tiến độ",
        behind: "Chậm tiến độ",
        not_started: "Chưa thực hiện",
        contracted: "Theo hợp đồng",
        uncontracted: "Tự đăng",
        other_outlets: "Cơ quan khác",
        positive: "Tích cực",
        neutral: "Trung lập",
        negative: "Tiêu cực",
        unrated: "Chưa đánh giá",
    },
    vocab: Vocab {
        formats: ["Bài báo in", "Tin, bài báo điện tử", "E-magazine", "Infographic", "Phóng sự ảnh", "Clip, video", "Phóng sự truyền hình", "Phóng sự phát thanh", "Bài mạng xã hội", "Khác"],
        levels: ["Trung ương", "Của tỉnh", "Tỉnh bạn", "Khác"],
        kinds: ["Báo in", "Tạp chí", "Báo điện tử", "Truyền hình", "Phát thanh", "Thông tấn"],
        tones: ["Tích cực", "Trung lập", "Tiêu cực"],
    },
    analysis: Analysis {
        previous_year: "Năm trước",
        change: "Tăng/giảm",
        per_delivered: "Kinh phí/sản phẩm",
        value_delivered: "Giá trị đã thực hiện",
        value_remaining: "Giá trị còn lại",
        contracts: "Số hợp đồng",
        negative: "Tiêu cực",
        earlier_mean: "TB các tháng trước",
        total: "Tổng cộng",
        noun_months: "tháng",
        alert_rule: "Một tháng được nêu khi có từ 3 tin, bài tiêu cực trở lên và gấp đôi trở lên mức trung bình của tất cả các tháng trước đó trong kỳ (xét từ tháng thứ ba).",
        no_alerts: "Không có tháng nào thông tin tiêu cực tăng đột biến.",
        alert_heading: |month, negative, mean| {
            format!("Tháng {month}: {negative} tin, bài tiêu cực (trung bình các tháng trước: {mean})")
        },
        baseline_title: "Năm trước để so sánh",
        baseline_choose: "Chọn số liệu năm trước…",
        baseline_hint: "Bản tổng hợp JSON (coverage-report-summary/v1) đã xuất từ báo cáo năm trước, hoặc các tệp dữ liệu của năm trước.",
        baseline_remove: "Bỏ so sánh",
        baseline_whole_year: "Số liệu năm trước tính cho cả năm, không theo bộ lọc.",
        baseline_filtered: "Đang lọc báo cáo: cột “Năm trước” và “Tăng/giảm” chỉ hiện khi bỏ lọc, vì số liệu năm trước là của cả năm.",
        baseline_loaded: |plan, year| format!("So sánh với kế hoạch {plan} năm {year}"),
        baseline_not_json: "Không đọc được số liệu năm trước: tệp không phải JSON hay bảng tính hợp lệ.",
        baseline_not_summary: "Tệp này không phải bản tổng hợp coverage-report-summary/v1 (hay thiếu trường), nên không so sánh được.",
        baseline_no_plan: "Số liệu năm trước không có kế hoạch (plan), nên không so sánh được. Hãy thêm tệp chứa phần \"plan\" của năm trước.",
        baseline_same: |plan, year| {
            format!("Số liệu đã chọn là của chính kế hoạch {plan} năm {year} đang báo cáo, nên không so sánh được. Hãy chọn số liệu của năm trước.")
        },
        alerts: |n, list| {
            format!("Thông tin tiêu cực tăng cao trong {n} tháng: {list}; cần theo dõi, xử lý kịp thời.")
        },
        alert_month: |month, negative, mean| {
            format!("tháng {month} ({negative} tin, bài, trung bình các tháng trước {mean})")
        },
        money: |value, delivered, share, remaining| {
            format!("Tổng giá trị các hợp đồng đặt hàng là {value}; giá trị sản phẩm đã thực hiện ước đạt {delivered} ({share}), còn lại {remaining}")
        },
        money_per_product: |per| format!("; bình quân {per} cho mỗi sản phẩm đã thực hiện"),
        change_items: |now, change, year, before| match change {
            Some((true, pct)) => format!("Tổng số {now} tin, bài tăng {pct} so với năm {year} ({before} tin, bài)."),
            Some((false, pct)) => format!("Tổng số {now} tin, bài giảm {pct} so với năm {year} ({before} tin, bài)."),
            None => format!("Tổng số {now} tin, bài, bằng năm {year}."),
        },
    },
    share: Share {
        button: "Lưu báo cáo để gửi",
        busy: "Đang tạo tệp báo cáo…",
        button_hint: "Một tệp HTML chỉ đọc mang theo dữ liệu và phần đã soạn: người nhận mở bằng nhấp đúp, không cần mạng, không cần phusong",
        made: |by, on| format!("Báo cáo do {by} lập ngày {on}; dữ liệu chỉ đọc."),
        someone: "người lập báo cáo",
        no_offline_page: "Không tạo được tệp báo cáo để gửi: trang này không mang theo chương trình (không thấy phusong.html bên cạnh). Hãy mở tệp phusong.html rồi bấm lại.",
        no_compression: "Không tạo được tệp báo cáo để gửi: trình duyệt này không nén được dữ liệu. Hãy dùng Chrome, Edge từ bản 103 hoặc Firefox từ bản 113.",
        damaged: |detail| format!("Không mở được báo cáo trong tệp này: phần dữ liệu bị hỏng hoặc bị cắt ngắn ({detail}). Hãy xin người gửi gửi lại tệp."),
        encoding: "Không mở được báo cáo: tệp đã bị lưu lại với bảng mã khác. Hãy mở đúng tệp nhận được bằng trình duyệt (nhấp đúp), đừng mở rồi lưu lại bằng trình soạn thảo.",
        too_large: |mb| format!("Không mở được báo cáo: dữ liệu giải nén vượt quá {mb} MB mà trang cho phép. Hãy xin người gửi lập báo cáo với ít dữ liệu hơn."),
    },
    suggest: Suggest {
        title: "Gợi ý nội dung",
        note: "Chủ đề gợi ý cho các tin, bài chưa gắn chủ đề, theo từ khóa của kế hoạch khớp với tít hoặc tóm tắt: chỉ gợi ý khi có ít nhất hai từ khóa khác nhau cùng chỉ về một chủ đề và không từ khóa nào chỉ về chủ đề khác (tên địa danh một mình không đủ). Chủ đề được chấp nhận là phần gắn bổ sung của người lập báo cáo, được tính vào báo cáo; tệp dữ liệu không thay đổi.",
        status: |suggested, unmatched, accepted| {
            format!("{suggested} tin, bài chưa gắn chủ đề có gợi ý, {unmatched} tin, bài không có gợi ý; đã gắn bổ sung {accepted} tin, bài.")
        },
        date: "Ngày",
        item: "Tin, bài",
        theme: "Chủ đề gợi ý",
        keyword: "Từ khóa khớp",
        accept: "Chấp nhận",
        accept_label: |theme, title| format!("Chấp nhận chủ đề {theme} cho tin, bài “{title}”"),
        accepted: "Đã gắn",
        accept_all: |count| format!("Chấp nhận tất cả ({count})"),
        one_theme: "Chấp nhận mọi gợi ý của chủ đề",
        accept_theme: "Chấp nhận chủ đề này",
        clear: "Bỏ các chủ đề đã gắn bổ sung",
        more: "Xem thêm",
        rest: |count| format!("Còn {count} tin, bài khác."),
        none: "Không có gợi ý nào: không tin, bài chưa gắn chủ đề nào có hai từ khóa của kế hoạch cùng chỉ về một chủ đề.",
        check_title: "Cần kiểm tra",
        check_note: "Tin, bài đã gắn chủ đề có tít khớp từ khóa của chủ đề khác và không khớp từ khóa nào của chủ đề đã gắn. Chỉ để người lập báo cáo xem lại; không thay đổi gì.",
        tagged_as: "Chủ đề đã gắn",
        matches: "Khớp chủ đề",
        figure: "Gắn bổ sung nội dung",
        added_title: "Đã gắn bổ sung",
        remove: "Bỏ",
        remove_label: |title| format!("Bỏ chủ đề gắn bổ sung của tin, bài “{title}”"),
    },
};

/// The sentences the report drafts, in Vietnamese.
pub(crate) const SENTENCES: Sentences = Sentences {
    and: " và ",
    others: |(_, n), noun| format!("{n} {noun} khác"),
    noun_themes: "nội dung",
    noun_contracts: "hợp đồng",
    noun_events: "sự kiện",
    in_year: |y| format!("Năm {y}"),
    from_to: |a, b| format!("Từ ngày {a} đến ngày {b}"),
    filter_from_to: |a, b| format!("từ ngày {a} đến ngày {b}"),
    filter_from: |a| format!("từ ngày {a}"),
    filter_to: |b| format!("đến ngày {b}"),
    filter_kinds: [
        "nội dung",
        "cơ quan báo chí",
        "cấp",
        "hợp đồng",
        "loại sản phẩm",
        "sắc thái",
    ],
    not_under_contract: "không theo hợp đồng",
    not_rated: "chưa đánh giá",
    title_containing: |t| format!("tiêu đề có “{t}”"),
    filtered: |parts| {
        format!("Số liệu dưới đây chỉ tính các tin, bài thỏa mãn điều kiện lọc: {parts}.")
    },
    no_items: |when| format!("{when}, chưa ghi nhận tin, bài, sản phẩm nào về tỉnh."),
    including_later: |n, date| format!(" (kể cả {n} tin, bài có ngày đăng sau ngày {date})"),
    overall: |o| {
        format!(
            "{}, các cơ quan báo chí đã đăng, phát {} tin, bài, sản phẩm về tỉnh{}, trong đó {} tin, bài theo hợp đồng đặt hàng ({}) và {} tin, bài do các cơ quan báo chí tự đăng, phát ({}).",
            o.when, o.items, o.later, o.contracted, o.contracted_share, o.uncontracted, o.uncontracted_share
        )
    },
    reach: |n| format!(" Tổng lượt tiếp cận ghi nhận được đạt {n} lượt."),
    untagged: |n| format!(" Có {n} tin, bài chưa được gắn nội dung tuyên truyền."),
    theme_result: |name, items, target, share| {
        format!("“{name}” ({items}/{target} tin, bài, đạt {share})")
    },
    themes_none_reached: |n| {
        format!("Về nội dung tuyên truyền trọng tâm: trong số {n} nội dung được giao chỉ tiêu, chưa có nội dung nào đạt chỉ tiêu đề ra.")
    },
    themes_reached: |reached, n, list| {
        format!("Về nội dung tuyên truyền trọng tâm: {reached}/{n} nội dung có chỉ tiêu đã đạt hoặc vượt chỉ tiêu, gồm {list}.")
    },
    themes_low: |(_, n), list| format!(" Có {n} nội dung đạt dưới 50 % chỉ tiêu: {list}."),
    contracts_total: |n, value, delivered, ordered, share| {
        format!("Về thực hiện hợp đồng đặt hàng: {n} hợp đồng với tổng giá trị {value}; đã thực hiện {delivered}/{ordered} sản phẩm đặt hàng ({share}).")
    },
    contracts_done: |(_, n), list| format!(" Có {n} hợp đồng đã hoàn thành: {list}."),
    contract_behind: |b| {
        if b.ended {
            format!(
                "{} ({}) mới đạt {} khối lượng đặt hàng dù thời hạn hợp đồng đã kết thúc ngày {}",
                b.id, b.outlet, b.done, b.end
            )
        } else {
            format!(
                "{} ({}) mới đạt {} khối lượng đặt hàng khi đã qua {} thời hạn hợp đồng (hợp đồng còn hiệu lực đến hết ngày {})",
                b.id, b.outlet, b.done, b.elapsed, b.end
            )
        }
    },
    contracts_behind: |(_, n), list| format!(" Có {n} hợp đồng chậm so với tiến độ: {list}."),
    contracts_outside: |outside, unordered| {
        format!(" Có {outside} tin, bài đăng ngoài thời hạn hợp đồng và {unordered} tin, bài không thuộc danh mục sản phẩm đặt hàng.")
    },
    outlet_result: |name, items, share| format!("{name} ({items} tin, bài, {share})"),
    outlets_top: |list| {
        format!("Các cơ quan báo chí đăng, phát nhiều tin, bài nhất về tỉnh: {list}.")
    },
    outlets_silent: |n| format!(" Có {n} cơ quan báo chí chưa có tin, bài nào trong kỳ."),
    event_result: |name, items| format!("“{name}” ({items} tin, bài)"),
    events_intro: "Về tuyên truyền các sự kiện, ngày kỷ niệm:",
    events_top: |list| format!(" được đưa tin nhiều nhất là {list}."),
    events_none: |list| format!(" Chưa có tin, bài nào về {list}."),
    tone: |t| {
        format!(
            "Về sắc thái thông tin: {} tin, bài tích cực ({}), {} trung lập ({}), {} tiêu cực ({}).",
            t.positive.0, t.positive.1, t.neutral.0, t.neutral.1, t.negative.0, t.negative.1
        )
    },
    tone_unrated: |n, share| format!(" {n} tin, bài ({share}) chưa được đánh giá."),
    out_of_period: |n| format!("{n} tin, bài có ngày đăng ngoài kỳ báo cáo"),
    malformed: |n| format!("{n} bản ghi bị loại do sai định dạng"),
    not_counted: |parts| {
        format!(
            "Có {}, chưa được tính trong báo cáo này.",
            parts.join(" và ")
        )
    },
    as_of_line: |date| format!("Số liệu tính đến ngày {date}"),
    after_as_of: |n, date| {
        format!("Có {n} tin, bài có ngày đăng sau ngày {date}; các tin, bài này vẫn được tính trong số liệu. Nếu ngày đăng bị nhập sai, hãy sửa trong tệp dữ liệu; nếu không, hãy chọn ngày tính số liệu muộn hơn.")
    },
    low_theme: |name, share| format!("“{name}” ({share})"),
    part2_low: |n, list| {
        format!("Còn {n} nội dung tuyên truyền trọng tâm đạt dưới 50 % chỉ tiêu: {list}.")
    },
    part2_behind_one: |b| {
        if b.ended {
            format!(
                "{} ({}) đạt {}, đã kết thúc ngày {}",
                b.id, b.outlet, b.done, b.end
            )
        } else {
            format!(
                "{} ({}) đạt {} khi đã qua {} thời hạn, còn hiệu lực đến hết ngày {}",
                b.id, b.outlet, b.done, b.elapsed, b.end
            )
        }
    },
    part2_behind: |n, list| format!("Có {n} hợp đồng đặt hàng chậm so với tiến độ: {list}."),
    part2_untagged: |n| {
        format!("Có {n} tin, bài chưa được gắn nội dung tuyên truyền, nên số liệu theo từng nội dung có thể thấp hơn thực tế.")
    },
    part2_malformed: |n| {
        format!("Có {n} bản ghi dữ liệu bị loại do sai định dạng, chưa được tính trong báo cáo; cần rà soát, bổ sung.")
    },
    part2_none:
        "Số liệu chưa cho thấy nội dung nào đạt dưới 50 % chỉ tiêu hay hợp đồng nào chậm tiến độ.",
    group_records: |(_, n), reason| format!("{n} bản ghi: {reason}"),
    group_out_of_period: |(_, n), start, end| {
        format!(
            "{n} tin, bài có ngày nằm ngoài kỳ kế hoạch ({start} – {end}): không tính vào báo cáo"
        )
    },
    group_outside_term: |(_, n), contract, start, end| {
        format!("{n} tin, bài nằm ngoài thời hạn hợp đồng '{contract}' ({start} – {end}); vẫn được tính cho hợp đồng")
    },
    group_outlet_differs: |(_, n), outlet, contract, contract_outlet| {
        format!("{n} tin, bài của cơ quan báo chí '{outlet}' ghi theo hợp đồng '{contract}' của '{contract_outlet}'; hãy kiểm tra lại")
    },
    group_duplicate_url: |(_, n), url| {
        format!("{n} tin, bài có cùng đường dẫn '{url}'; có thể bị nhập hai lần")
    },
    group_repeated_key: |(_, n), keys| {
        format!("{n} bản ghi có trường {keys} được ghi hai lần; giá trị sau cùng được dùng")
    },
};
