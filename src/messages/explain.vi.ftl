### keng explain MÃ: mỗi mã một đoạn giải thích, bằng tiếng Việt.

## keng explain: mỗi mã một đoạn. Dòng đầu là tiêu đề; các dòng bắt đầu
## bằng │ là nội dung trong tệp (cách viết sai, rồi cách viết đúng).

explain-K0101 = Không có site.toml
    keng tìm site.toml trong thư mục trang (thư mục hiện tại, hoặc --root). Không có tệp này, keng không biết tên và địa chỉ của trang.
    Chạy keng trong thư mục có site.toml:
    │ cd congan-ductrong && keng build
    hoặc tạo trang mới: keng init congan-ductrong
explain-K0102 = Tệp không phải văn bản UTF-8
    keng đọc mọi tệp chữ theo bảng mã UTF-8, bảng mã chứa được chữ Việt. Tệp lưu bằng bảng mã khác (Windows-1258, TCVN3) sẽ hiện "Ä‘" ở chỗ lẽ ra là "đ".
    Mở tệp và lưu lại, chọn bảng mã UTF-8:
    │ title = "Đức Trọng"   (lưu bằng UTF-8)
explain-K0103 = Sai cú pháp TOML
    site.toml, phần đầu tệp của bài và các bài .toml viết theo TOML: khóa = giá trị, mỗi dòng một cặp; chữ trong "ngoặc kép", danh sách trong [ngoặc vuông].
    Sai:
    │ title = Tiếng kẻng an ninh
    Đúng:
    │ title = "Tiếng kẻng an ninh"
explain-K0104 = Khóa không được dùng ở đây
    keng không biết khóa này ở chỗ này, thường do gõ nhầm. Giá trị riêng của trang đặt dưới [extra], ở đó khóa nào cũng được.
    Sai:
    │ titel = "Tin tức"
    Đúng:
    │ title = "Tin tức"
    │ [extra]
    │ so_dien_thoai = "0263 3843 113"
explain-K0105 = Giá trị sai kiểu
    Mỗi khóa nhận một kiểu giá trị: chữ trong "ngoặc kép", số nguyên không có ngoặc, true hoặc false, ngày dạng 2020-12-31, danh sách trong [ ].
    Sai:
    │ paginate_by = "mười"
    Đúng:
    │ paginate_by = 10
explain-K0106 = Thiếu khóa bắt buộc
    Có những khóa keng cần mới dựng được trang; site.toml cần title và base_url.
    Sai:
    │ title = "Công an huyện Đức Trọng"
    Đúng:
    │ title = "Công an huyện Đức Trọng"
    │ base_url = "https://conganductrong.example.vn"
explain-K0107 = Tên trang để trống
    Tên trang hiện trên thanh tiêu đề mọi trang, trong nguồn tin và kết quả tìm kiếm, nên không được để trống.
    Sai:
    │ title = ""
    Đúng:
    │ title = "Công an huyện Đức Trọng"
explain-K0108 = base_url không phải địa chỉ web đầy đủ
    Mọi địa chỉ chính thức, nguồn tin và sơ đồ trang đều dựa trên base_url. Địa chỉ phải bắt đầu bằng https:// (hoặc http://) và có tên máy chủ; không có ?truy vấn, #neo hay tên đăng nhập.
    Sai:
    │ base_url = "conganductrong.example.vn"
    Đúng:
    │ base_url = "https://conganductrong.example.vn"
explain-K0109 = Mã ngôn ngữ không hợp lệ
    language là ngôn ngữ chính của trang; languages liệt kê các bản dịch. Cả hai dùng mã ngắn như "vi" và "en".
    Sai:
    │ language = "Tiếng Việt"
    Đúng:
    │ language = "vi"
    │ languages = ["en"]
explain-K0110 = Không biết múi giờ
    Ngày giờ không ghi độ lệch được hiểu theo múi giờ của trang, ghi bằng tên IANA.
    Sai:
    │ timezone = "GMT+7"
    Đúng:
    │ timezone = "Asia/Ho_Chi_Minh"
explain-K0111 = Không tìm thấy giao diện
    theme là tên một thư mục trong themes/, chứa templates/ và static/. Không ghi theme thì keng dùng giao diện có sẵn.
    Sai:
    │ theme = "themes/xanh"
    Đúng:
    │ theme = "xanh"      (thư mục themes/xanh/)
explain-K0112 = Tên cách phân loại không hợp lệ
    Cách phân loại (thẻ, chuyên mục) nằm trong địa chỉ và là một khóa ở phần đầu tệp: chữ thường không dấu, chữ số, - và _, mỗi tên ghi một lần. [feeds] chỉ được ghi các cách phân loại đã khai báo.
    Sai:
    │ taxonomies = ["Chủ đề"]
    Đúng:
    │ taxonomies = ["chu-de"]
explain-K0113 = paginate_path không phải đoạn địa chỉ hợp lệ
    paginate_path là chữ trong địa chỉ của trang thứ hai trở đi của một danh sách (/tin-tuc/trang/2/).
    Sai:
    │ paginate_path = "Trang số"
    Đúng:
    │ paginate_path = "trang"
explain-K0114 = Thiết lập [images] vượt giới hạn
    widths liệt kê các độ rộng keng tạo cho mỗi ảnh (16 đến 8192 điểm ảnh); quality từ 1 đến 100; max_megapixels giới hạn cỡ ảnh keng mở.
    Sai:
    │ quality = 0
    Đúng:
    │ widths = [360, 640, 960, 1280]
    │ quality = 80
explain-K0115 = Thiết lập [cap] sai chuẩn CAP 1.2
    Cảnh báo còn được phát theo chuẩn CAP 1.2 cho các hệ thống cảnh báo khác; status và scope chỉ nhận các từ của chuẩn, sender là tên máy chủ không có dấu cách.
    Sai:
    │ status = "actual"
    Đúng:
    │ status = "Actual"
    │ sender = "conganductrong.example.vn"
explain-K0116 = Loại bài riêng của trang khai báo chưa đúng
    Loại bài thêm dưới [kinds.TÊN] liệt kê các trường cùng kiểu của chúng; trường bắt buộc phải nằm trong đó, và loại bài cần một trường tiêu đề. Không được định nghĩa lại loại bài có sẵn.
    Sai:
    │ [kinds.diem_tiep_dan]
    │ required = ["ten"]
    Đúng:
    │ [kinds.diem_tiep_dan]
    │ fields = { "{" } ten = "text", dia_chi = "text" { "}" }
    │ required = ["ten"]
explain-K0117 = Không đọc hoặc ghi được tệp
    Hệ thống từ chối đọc hoặc ghi tệp: tệp không có, keng không có quyền, hoặc ổ đĩa đã đầy. Thông báo ghi rõ lý do.
    Hoặc tệp đã thay đổi trong lúc keng đang dựng (trình soạn thảo lưu đúng lúc đó): hãy dựng lại.
    Kiểm tra tệp trong trình quản lý tệp, quyền của nó và dung lượng còn trống:
    │ ls -l content/tin-tuc/bai.md
    │ df -h .
explain-K0201 = Thiếu phần đầu tệp hoặc chưa đóng
    Bài Markdown bắt đầu bằng phần đầu tệp: một dòng +++, các trường của bài, một dòng +++ nữa, rồi mới đến nội dung.
    Sai:
    │ title = "Họp dân"
    │ Nội dung...
    Đúng:
    │ +++
    │ title = "Họp dân"
    │ date = 2020-12-31
    │ +++
    │ Nội dung...
explain-K0202 = Thiếu trường bắt buộc
    Mỗi loại bài cần một số trường (bài tin cần ngày đăng, cảnh báo cần khu vực và thời gian). Thông báo ghi tên trường và loại bài.
    Sai (một bài tin):
    │ title = "Họp dân"
    Đúng:
    │ title = "Họp dân"
    │ date = 2020-12-31
explain-K0203 = Giá trị không hợp với trường
    Giá trị sai kiểu, không nằm trong các từ được phép, hoặc là số âm ở chỗ cần đếm. Gợi ý cho thấy một giá trị hợp lệ.
    Sai:
    │ severity = "rất nặng"
    Đúng:
    │ severity = "Severe"
explain-K0204 = Không đọc được ngày
    keng đọc ngày theo thứ tự năm-tháng-ngày, có thể kèm giờ và độ lệch múi giờ. Ngày viết kiểu ngày/tháng/năm hay bằng chữ thì keng không hiểu, nên không sắp xếp hay ghi ngày cho bài được.
    Sai:
    │ date = "31/12/2020"
    Đúng:
    │ date = 2020-12-31
    │ date = 2020-12-31T14:00:00+07:00
explain-K0205 = Giá trị vô hình hoặc không hiển thị được
    Giá trị có ký tự điều khiển vô hình (thường do dán từ chương trình khác) hoặc là nan/inf, thứ mà không trang nào hiển thị được.
    Sai:
    │ title = "Họp dân\u0007"
    Đúng:
    │ title = "Họp dân"
explain-K0206 = Không có loại bài này
    kind là tên một loại bài của keng (article, model, sign, camera, guide, alert) hoặc loại bài trang khai báo dưới [kinds.TÊN].
    Sai:
    │ kind = "bai-viet"
    Đúng:
    │ kind = "article"
explain-K0207 = Không tạo được địa chỉ từ tên
    Địa chỉ của bài lấy từ tên tệp (hoặc slug); tên không có chữ cái hay chữ số thì không tạo được địa chỉ.
    Sai:
    │ content/tin-tuc/!!!.md
    Đúng:
    │ content/tin-tuc/hop-dan.md
    │ slug = "hop-dan"
explain-K0208 = Hai tệp trùng một địa chỉ
    Hai bài (hoặc một bài và một địa chỉ cũ) sẽ được đăng ở cùng một địa chỉ, bài này che mất bài kia.
    Sai:
    │ content/tin-tuc/hop-dan.md và content/tin-tuc/hop-dan/index.md
    Đúng: đổi tên một tệp, hoặc đặt slug riêng:
    │ slug = "hop-dan-thang-12"
explain-K0209 = Địa chỉ cũ không an toàn
    aliases liệt kê các địa chỉ cũ chuyển hướng về bài. Mỗi địa chỉ là đường dẫn từ gốc trang, nằm trong trang, không trùng tệp keng tự ghi.
    Sai:
    │ aliases = ["../../ngoai/"]
    Đúng:
    │ aliases = ["/tin-tuc/bai-cu/"]
explain-K0301 = Không có hướng dẫn liên quan
    related liệt kê các bài hướng dẫn bằng tệp của chúng trong content/; tệp phải có thật.
    Sai:
    │ related = ["tin-nhan-gia-ngan-hang"]
    Đúng:
    │ related = ["phong-chong-lua-dao/tin-nhan-gia-ngan-hang.toml"]
explain-K0302 = Cảnh báo đã hết hạn vẫn ghi khẩn cấp
    Qua ngày expires thì cảnh báo đã cũ, nhưng urgency vẫn ghi Immediate hoặc Expected; người dân sẽ tưởng cảnh báo cũ vẫn còn.
    Sai:
    │ expires = 2020-12-01
    │ urgency = "Immediate"
    Đúng:
    │ urgency = "Past"
explain-K0401 = Liên kết tới trang không có
    Liên kết trong trang ghi tên tệp trong content/ bằng @/, hoặc một địa chỉ của trang; nhưng không có tệp hay trang đó.
    Sai:
    │ [Họp dân](@/tin-tuc/hop-dan.md)    (không có tệp này)
    Đúng:
    │ [Họp dân](@/tin-tuc/hop-dan-thang-12.md)
explain-K0402 = Liên kết tới đề mục không có
    Phần sau dấu # là id của một đề mục trong trang đích; trang đó không có đề mục nào mang id này.
    Sai:
    │ [Cách báo tin](@/huong-dan.md#bao-tin)
    Đúng (đề mục "Báo tin cho công an" có id bao-tin-cho-cong-an):
    │ [Cách báo tin](@/huong-dan.md#bao-tin-cho-cong-an)
explain-K0403 = Liên kết ngoài bị hỏng
    keng check --external đã mở thử địa chỉ và nhận về mã lỗi, hoặc không có trả lời.
    Mở địa chỉ trong trình duyệt; trang đã chuyển thì dùng địa chỉ mới, trang không còn thì xóa liên kết:
    │ [Cổng dịch vụ công](https://dichvucong.gov.vn/)
explain-K0404 = Tệp trong thư mục bài không được liên kết tới
    Tệp nằm cạnh bài (thư mục bài) vẫn được đăng, nhưng không trang nào liên kết tới: có lẽ đã bị quên.
    Liên kết tới nó, hoặc xóa nó đi:
    │ [Biểu mẫu](bieu-mau.pdf)
    │ ![Buổi họp](hop-dan.jpg)
explain-K0405 = Địa chỉ không an toàn đã bị bỏ
    Liên kết và ảnh chỉ được dùng http:, https:, mailto:, tel: hoặc đường dẫn trong trang; các loại khác (javascript:, data:) có thể chạy mã trên trình duyệt người đọc, nên keng bỏ đi.
    Sai:
    │ [Bấm vào đây](javascript:alert(1))
    Đúng:
    │ [Gọi 113](tel:113)
explain-K0406 = Đoạn HTML không an toàn đã bị bỏ
    HTML trong bài không được có script, khung nhúng, biểu mẫu hay địa chỉ không an toàn: bài do nhiều người soạn và ai cũng đọc được.
    Sai:
    │ <script>...</script>
    Đúng: viết bằng Markdown; trang mà mọi người soạn đều tin cậy được có thể đặt
    │ [markdown]
    │ unsafe_html = true
explain-K0407 = Đề mục cấp cao nhất trong bài
    Tiêu đề bài là đề mục cấp cao nhất duy nhất của trang, nên đề mục # trong bài được hiện thành ##.
    Sai:
    │ # Kết quả
    Đúng:
    │ ## Kết quả
explain-K0501 = Mẫu giao diện có lỗi
    Một mẫu (trong templates/ hoặc giao diện) sai cú pháp Tera hoặc lỗi khi dựng, ở dòng được chỉ ra; thông báo ghi cả trang đang dựng.
    Sai:
    │ { "{{" } page.title | upper { "}" }
    Đúng:
    │ { "{{" } page.title | upper { "}}" }
explain-K0502 = Không có mẫu giao diện này
    Một mẫu được gọi tên (bằng template = "..." của bài, hoặc extends, include) nhưng không có tệp đó trong templates/ hay giao diện.
    Sai:
    │ template = "trang-dac-biet.html"   (không có tệp này)
    Đúng: tạo templates/trang-dac-biet.html, hoặc dùng mẫu có sẵn:
    │ template = "page.html"
explain-K0601 = Không có mã ngắn này
    Mã ngắn không có sẵn (hotline, guide, alert_list, video, figure, callout, …) mà trang cũng không có tệp templates/shortcodes/TÊN.html.
    Sai:
    │ { "{{" } duong_day_nong() { "}}" }
    Đúng:
    │ { "{{" } hotline() { "}}" }
explain-K0602 = Mã ngắn viết chưa đúng
    Mã ngắn trên một dòng viết { "{{" } ten(khoa="giá trị") { "}}" }; mã ngắn dạng khối mở bằng { "{%" } ten(...) { "%}" } và đóng bằng { "{%" } end { "%}" } trên một dòng riêng.
    Sai:
    │ { "{{" } hotline { "}}" }
    Đúng:
    │ { "{{" } hotline() { "}}" }
explain-K0603 = Tham số của mã ngắn chưa đúng
    Mã ngắn không có tham số này, tham số sai kiểu, thiếu tham số bắt buộc, hoặc giá trị là địa chỉ chạy mã.
    Sai:
    │ { "{{" } video(link="https://youtu.be/abc") { "}}" }
    Đúng:
    │ { "{{" } video(url="https://youtu.be/abc") { "}}" }
explain-K0604 = Phần thân của mã ngắn bị thiếu hoặc không được phép
    Có mã ngắn nhận phần thân giữa thẻ mở và { "{%" } end { "%}" } (callout); có mã ngắn không nhận và viết trên một dòng.
    Sai:
    │ { "{%" } callout(type="warning") { "%}" }
    Đúng:
    │ { "{%" } callout(type="warning") { "%}" }
    │ Không chuyển tiền cho người lạ.
    │ { "{%" } end { "%}" }
explain-K0605 = Phần khai báo của mã ngắn chưa đúng
    Mẫu mã ngắn của trang có thể khai báo tham số trong một chú thích ở đầu tệp, viết bằng TOML: body, description và [args] kèm kiểu.
    Sai:
    │ { "{#" } keng shortcode
    │ args = "title"
    Đúng:
    │ { "{#" } keng shortcode
    │ [args]
    │ title = "string"
    │ n = "integer?"
    │ { "#}" }
explain-K0606 = Mã ngắn gọi tới thứ trang không có
    hotline ghi một số trang đã biết, guide ghi một bài có thật, video ghi địa chỉ trên YouTube, Facebook hoặc Vimeo.
    Sai:
    │ { "{{" } hotline(number="114") { "}}" }   (trang không có đường dây nóng 114)
    Đúng:
    │ { "{{" } hotline(number="113") { "}}" }
explain-K0607 = Mẫu của mã ngắn bị lỗi
    Không dựng được mẫu của mã ngắn với các tham số được truyền vào; lỗi của mẫu ghi ngay sau.
    Sửa mẫu có tên trong thông báo, hoặc sửa tham số:
    │ { "{{" } luu_y(muc=3) { "}}" }
explain-K0608 = Mã ngắn đặt sai chỗ
    Mã ngắn tạo liên kết không được nằm trong một liên kết; mã ngắn tạo khối (hộp, ảnh) phải nằm trên một dòng riêng.
    Sai:
    │ Xem { "{{" } figure(src="a.jpg", alt="Họp dân") { "}}" } ở trên.
    Đúng:
    │ { "{{" } figure(src="a.jpg", alt="Họp dân") { "}}" }
explain-K0701 = Không tìm thấy ảnh
    Ảnh ghi tên một tệp cạnh bài (thư mục bài) hoặc đường dẫn từ gốc trang; nhưng không có tệp đó.
    Sai:
    │ ![Họp dân](hop-dan.jpg)   (không có tệp này cạnh bài)
    Đúng:
    │ ![Họp dân](/anh/hop-dan.jpg)   (tệp content/anh/hop-dan.jpg)
explain-K0702 = Không dùng được ảnh
    Tệp không phải ảnh JPEG, PNG hay WebP, bị hỏng, hoặc lớn hơn mức [images] max_megapixels cho phép.
    Lưu lại ảnh thành JPEG hoặc PNG (ảnh chụp điện thoại để nguyên là được):
    │ ![Họp dân](hop-dan.jpg)
explain-K0703 = Định dạng ảnh không được đăng
    Ảnh HEIC, TIFF và RAW không được đăng: trình duyệt không hiển thị được, và ảnh mang thông tin của máy chụp, thường có cả nơi chụp.
    Sai:
    │ content/anh/hop-dan.heic
    Đúng: xuất ra JPEG (điện thoại tự làm khi chia sẻ ảnh):
    │ content/anh/hop-dan.jpg
explain-K0801 = Không dùng được thư mục kết quả
    Mỗi lần dựng keng thay toàn bộ thư mục kết quả, nên keng không nhận thư mục có tệp không do keng ghi, một tệp, hay các thư mục của chính trang.
    Sai:
    │ keng build --output content
    Đúng:
    │ keng build --output public
explain-K0802 = Không thay được kết quả cũ bằng kết quả mới
    keng dựng bên cạnh thư mục kết quả rồi mới đổi chỗ hai thư mục, nên lần dựng hỏng không bao giờ để lại nửa trang. Việc đổi chỗ, hoặc xóa kết quả cũ, không thành công.
    Kiểm tra quyền của thư mục chứa kết quả, và nó không phải điểm gắn ổ:
    │ keng build --output /srv/www/site/public
explain-K0803 = Không ghi được tệp kết quả
    Ổ đĩa đã đầy hoặc thư mục kết quả không ghi được.
    Kiểm tra dung lượng trống và quyền:
    │ df -h public
explain-K0804 = Liên kết trong thư mục trang dẫn ra ngoài hoặc vòng lặp
    Một liên kết tượng trưng (symlink) trong trang dẫn ra ngoài thư mục trang (keng không đọc ra ngoài trừ khi allow_outside_links = true), tạo vòng lặp, hoặc không đọc được.
    Chép tệp vào trong trang thay vì tạo liên kết:
    │ cp /mnt/anh/hop-dan.jpg content/anh/
explain-K0805 = Không có thư mục content
    Trang để các bài trong content/, với _index.md cho trang chủ.
    │ content/_index.md
    │ content/tin-tuc/_index.md
    Bắt đầu từ keng init THƯ_MỤC để có một ví dụ chạy được.
explain-K0901 = Còn chỗ chưa điền
    keng new ghi ĐIỀN VÀO ở những chỗ chỉ người soạn biết giá trị; vẫn còn một chỗ như vậy.
    Sai:
    │ area = "ĐIỀN VÀO"
    Đúng:
    │ area = "Xã Hiệp An"
explain-K0902 = Hai bài trùng tiêu đề
    Người đọc và máy tìm kiếm không phân biệt được hai bài cùng một tiêu đề.
    Sai:
    │ title = "Họp dân"   (hai lần)
    Đúng:
    │ title = "Họp dân xã Hiệp An, tháng 12"
explain-K0903 = Bài tin chưa có tóm tắt
    Danh sách, nguồn tin và kết quả tìm kiếm hiện tóm tắt của bài; không có tóm tắt thì chỉ hiện tiêu đề.
    │ summary = "Công an xã Hiệp An họp dân về mô hình Tiếng kẻng an ninh."
    hoặc một dòng <!-- more --> sau đoạn văn đầu tiên.
explain-K0904 = Ảnh chưa có chữ mô tả
    Trình đọc màn hình đọc to chữ mô tả của ảnh, và mạng chậm hiện chữ đó thay cho ảnh.
    Sai:
    │ ![](hop-dan.jpg)
    Đúng:
    │ ![Hội nghị tổng kết năm 2020](hop-dan.jpg)
    │ image_alt = "Hội nghị tổng kết năm 2020"
explain-K0905 = Ngày trong tương lai
    Bài được đăng ngay với một ngày chưa tới, làm người đọc và thứ tự danh sách bị rối.
    Sai:
    │ date = 2099-01-01
    Đúng: sửa ngày, hoặc để bài là bản nháp cho tới hôm đó:
    │ draft = true
explain-K1001 = keng new không tạo được bài
    keng new đặt bài vào mục có _index.md ghi kind = "...", tên tệp tạo từ tiêu đề; keng không bao giờ ghi đè tệp đã có.
    │ content/canh-bao/_index.md:  kind = "alert"
    │ keng new alert "Lừa đảo qua điện thoại"
explain-K1002 = keng init không tạo được trang
    keng init ghi vào thư mục mới hoặc trống, trừ khi có --force.
    │ keng init congan-hiep-an
    │ keng init --force thu-muc-co-san
explain-K1003 = keng serve không khởi động hoặc không theo dõi được
    Bản xem trước cần một cổng còn trống và thư mục trang theo dõi được.
    │ keng serve --port 1112
explain-K1101 = [deploy] trong site.toml chưa đúng
    Mỗi [[deploy.targets]] có name và url (s3://bucket/thu-muc?endpoint=…&region=… hoặc file:///đường/dẫn); khóa truy cập không bao giờ ghi trong site.toml.
    Sai:
    │ [[deploy.targets]]
    │ url = "s3://tin-tuc"
    │ secret_access_key = "..."
    Đúng:
    │ [[deploy.targets]]
    │ name = "r2"
    │ url = "s3://tin-tuc?endpoint=https://s3.example.vn&region=auto"
explain-K1102 = Thiếu khóa truy cập kho lưu trữ, hoặc bị từ chối
    keng đọc khóa truy cập từ AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY, nếu không có thì từ ~/.aws/credentials; kho lưu trữ đã từ chối khóa, hoặc không có khóa nào.
    │ export AWS_ACCESS_KEY_ID=...
    │ export AWS_SECRET_ACCESS_KEY=...
    │ keng deploy
explain-K1103 = Bản dựng chưa thể xuất bản
    keng deploy xuất bản bản dựng gần nhất: chưa có bản dựng, hoặc bản dựng có bản nháp, hoặc được làm cho địa chỉ khác (--base-url).
    │ keng build && keng deploy
    │ keng deploy --build
explain-K1104 = Không có nơi xuất bản này
    keng deploy --target TÊN chọn một nơi trong [[deploy.targets]] theo tên; không có --target thì dùng nơi đầu tiên.
    │ keng deploy --target r2
explain-K1105 = Không dùng được thư mục của nơi xuất bản file://
    Nơi xuất bản file:// là một thư mục keng thay toàn bộ: thư mục phải do keng tạo (hoặc mới), thư mục cha phải có, và không được là thư mục trang hay bản dựng.
    Sai:
    │ url = "file:///srv/www/site/public"   (chính là bản dựng)
    Đúng:
    │ url = "file:///srv/www/congan-ductrong"
explain-K1106 = Không kết nối được kho lưu trữ, hoặc không có bucket
    keng không liệt kê được bucket: endpoint sai hoặc không kết nối được, bucket không tồn tại, hoặc tên không hợp lệ. Chưa gửi gì.
    │ url = "s3://tin-tuc?endpoint=https://s3.example.vn&region=auto"
explain-K1107 = Tải lên hoặc xóa không thành công
    Lần xuất bản dừng ở một tệp tải lên không được (chưa gửi gì sau đó) hoặc xóa tệp cũ không được (mọi tệp đã tải lên xong). Chạy lại keng deploy: keng chỉ gửi phần còn thiếu.
    │ keng deploy
