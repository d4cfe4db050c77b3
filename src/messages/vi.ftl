### Thông báo của keng bằng tiếng Việt. Mỗi id có ở cả en.ftl, cùng các chỗ
### điền ({ $tên }); bài kiểm tra catalogue_tests giữ hai tệp khớp nhau.
###
### Bảng thuật ngữ — dùng đúng một từ cho một khái niệm, chữ thường, đủ dấu:
###   section        → mục          (thư mục trong content/ có _index.md)
###   entry, page    → bài          (một tệp .md hoặc .toml trong một mục)
###   field          → trường       (một dòng ten = giá trị của bài)
###   key            → khóa         (tên bên trái dấu = trong TOML)
###   value          → giá trị
###   kind           → loại bài     (article, camera, sign, …)
###   front matter   → phần đầu tệp (giữa hai dòng +++)
###   file, folder   → tệp, thư mục
###   path           → đường dẫn
###   address, URL   → địa chỉ
###   link           → liên kết
###   heading        → đề mục
###   template       → mẫu giao diện (mẫu)
###   theme          → giao diện
###   shortcode      → mã ngắn
###   photo, image   → ảnh
###   build          → dựng trang; bản dựng (kết quả của keng build)
###   output folder  → thư mục kết quả
###   draft          → bản nháp
###   deploy         → xuất bản; deploy target → nơi xuất bản
###   credentials    → khóa truy cập
###   string         → chuỗi chữ trong ngoặc kép
###   list, table    → danh sách [ ], bảng
###   taxonomy       → cách phân loại (thẻ, chuyên mục)
###   error, warning, hint → lỗi, cảnh báo, gợi ý

## Nhãn

label-error = lỗi
label-warning = cảnh báo
label-hint = gợi ý
label-help = gợi ý

## Tệp và TOML

io-error = không đọc hoặc ghi được tệp này: { $reason }
load-changed-during-build = tệp đã thay đổi trong lúc keng đang dựng
load-changed-during-build-hint = dựng lại sau khi trình soạn thảo đã lưu xong
io-not-found = không tìm thấy
io-permission-denied = không có quyền
io-already-exists = đã có sẵn
io-storage-full = ổ đĩa đã đầy
io-read-only = ổ đĩa chỉ cho đọc
io-is-a-directory = đây là thư mục, không phải tệp
io-not-a-directory = một phần của đường dẫn là tệp, không phải thư mục
io-invalid-data = dữ liệu không hợp lệ
io-other = { $detail }
not-utf8-hint = lưu lại tệp với bảng mã UTF-8 (trình soạn thảo nào cũng có: "Lưu với bảng mã", chọn UTF-8)
toml-unknown-key = khóa `{ $key }` không có trong danh sách khóa keng biết
toml-unknown-key-expected = khóa `{ $key }` không có trong danh sách khóa keng biết; các khóa được dùng: { $expected }
toml-unknown-key-hint = kiểm tra chính tả; README liệt kê mọi khóa (giá trị riêng của trang đặt dưới [extra])
toml-missing-key = thiếu khóa `{ $key }`
toml-missing-key-hint = thêm khóa này; README ghi rõ mỗi bảng cần những gì
toml-wrong-type = giá trị sai kiểu: { $detail }
toml-wrong-type-hint = giá trị sai kiểu: chữ phải nằm trong "ngoặc kép", danh sách trong [ngoặc vuông], số thì không cần ngoặc
toml-syntax = viết sai cú pháp TOML: { $detail }
toml-syntax-hint = dòng này không đúng cú pháp TOML; xem cách viết tại https://toml.io
toml-type-string = một chuỗi chữ
toml-type-integer = một số nguyên
toml-type-float = một số
toml-type-boolean = true hoặc false
toml-type-datetime = một ngày
toml-type-array = một danh sách
toml-type-table = một bảng

## site.toml

config-missing = thư mục trang không có tệp site.toml
config-missing-hint = chạy keng trong thư mục có site.toml, hoặc thêm --root THƯ_MỤC, hoặc tạo trang mới bằng `keng init THƯ_MỤC`
config-not-utf8 = site.toml không phải văn bản UTF-8
config-missing-key = thiếu khóa `{ $key }` (chuỗi chữ)
config-missing-key-hint = thêm một dòng như { $key } = { $example }
config-title-empty = `title` đang để trống
config-title-empty-hint = đặt tên cho trang, ví dụ title = "Công an huyện Đức Trọng"
config-base-url-invalid = `base_url` phải là một địa chỉ http(s) đầy đủ, nhưng đang là "{ $found }": { $problem }
config-base-url-invalid-hint = ghi địa chỉ mà trang sẽ chạy, ví dụ base_url = "https://conganductrong.example.vn"
base-url-scheme = địa chỉ phải bắt đầu bằng https:// hoặc http://
base-url-spaces = địa chỉ có dấu cách hoặc ký tự điều khiển
base-url-query = phần truy vấn (?) hay neo (#) sẽ bị chèn vào giữa mọi địa chỉ của trang
base-url-user = không được đưa tên đăng nhập hay mật khẩu (user@) vào mọi địa chỉ công khai
base-url-ipv6 = địa chỉ IPv6 trong [ ] chưa đầy đủ
base-url-no-host = địa chỉ không có tên máy chủ
base-url-bad-host = tên máy chủ có ký tự không được phép
base-url-port = cổng không phải là số từ 0 đến 65535
config-language-invalid = `language` phải là mã ngôn ngữ như "vi" hoặc "en", nhưng đang là "{ $found }"
config-language-invalid-hint = trang tiếng Việt ghi language = "vi"
config-timezone-unknown = không biết múi giờ "{ $found }" của `timezone`
config-timezone-unknown-hint = dùng tên múi giờ IANA, ví dụ "Asia/Ho_Chi_Minh"
config-languages-invalid = `languages` có "{ $found }", không phải mã ngôn ngữ hai hoặc ba chữ cái
config-languages-invalid-hint = ví dụ languages = ["en"]
config-theme-invalid = `theme` phải là tên một thư mục trong themes/, nhưng đang là "{ $found }"
config-theme-invalid-hint = chỉ ghi tên thư mục, ví dụ theme = "xanh" cho themes/xanh
config-taxonomy-invalid = tên cách phân loại "{ $found }" chỉ được có chữ thường không dấu, chữ số, - hoặc _
config-taxonomy-invalid-hint = tên này nằm trong địa chỉ và là một khóa ở phần đầu tệp, ví dụ taxonomies = ["tags", "categories"]
config-taxonomy-twice = cách phân loại "{ $found }" được ghi hai lần
config-taxonomy-twice-hint = xóa bớt một lần
config-paginate-path-invalid = `paginate_path` phải là một đoạn địa chỉ như "trang", nhưng đang là "{ $found }"
config-paginate-path-invalid-hint = dùng chữ thường không dấu, chữ số và dấu -, ví dụ paginate_path = "trang"
config-image-widths-invalid = [images] `widths` phải là danh sách độ rộng từ 16 đến 8192 điểm ảnh
config-image-widths-invalid-hint = ví dụ widths = [360, 640, 960, 1280]
config-image-value-out-of-range = [images] `{ $key }` phải từ { $min } đến { $max }, nhưng đang là { $found }
config-image-value-out-of-range-hint = sửa { $key } thành một số trong khoảng đó, hoặc xóa dòng này để dùng giá trị mặc định
config-feed-taxonomy-unknown = [feeds] có cách phân loại "{ $found }", nhưng nó không có trong `taxonomies`
config-feed-taxonomy-unknown-hint = ghi thêm nó vào taxonomies = [...], hoặc xóa nó ở đây
kind-name-invalid = tên loại bài `{ $name }` chỉ được có chữ thường không dấu, chữ số, - hoặc _
kind-name-invalid-hint = ví dụ [kinds.diem_tiep_dan]
kind-field-type-unknown = không biết kiểu trường "{ $ty }" của `{ $field }`
kind-field-type-unknown-hint = dùng một trong các kiểu { $types }
kind-required-undeclared = trường bắt buộc `{ $field }` chưa được khai báo trong [kinds.{ $kind }.fields]
kind-required-undeclared-hint = thêm { $field } = "text" (hoặc kiểu khác) dưới [kinds.{ $kind }.fields]
kind-key-field-undeclared = { $key } `{ $field }` chưa được khai báo trong [kinds.{ $kind }.fields]
kind-key-field-undeclared-hint = ghi tên một trường của loại bài này
kind-no-title = loại bài `{ $kind }` cần một tiêu đề: trường `title`, một trường chữ bắt buộc, hoặc title_field = "..."
kind-no-title-hint = thêm title_field = "tên" chỉ vào một trường chữ

## [deploy] trong site.toml

deploy-credentials-hint = site.toml nằm cùng mã nguồn của trang, ai cũng có thể đọc; hãy đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY trong biến môi trường hoặc trong ~/.aws/credentials, rồi xóa chúng khỏi site.toml
deploy-not-string = `{ $key }` phải là chuỗi chữ, nhưng đang là { $found }
deploy-not-string-hint = đặt giá trị trong ngoặc kép: { $key } = "..."
deploy-credential-key = `{ $key }` trông như khóa truy cập; keng không bao giờ đọc khóa truy cập từ site.toml
deploy-unknown-key = khóa `{ $key }` không được dùng trong { $section }
deploy-unknown-key-hint = các khóa của { $section } là { $keys }
deploy-precompress-not-bool = `precompress` phải là true hoặc false, nhưng đang là { $found }
deploy-precompress-not-bool-hint = ghi precompress = true hoặc precompress = false
deploy-target-incomplete = mỗi { $section } cần có `name` và `url`
deploy-target-incomplete-hint = ví dụ name = "r2" và url = "s3://bucket/site?endpoint=https://…&region=auto"
deploy-target-name-empty = `name` của nơi xuất bản đang để trống
deploy-target-name-empty-hint = đặt tên, ví dụ name = "r2"
deploy-target-name-twice = có hai { $section } cùng tên "{ $name }"
deploy-target-name-twice-hint = mỗi nơi xuất bản một tên riêng; keng deploy --target TÊN chọn một nơi
deploy-target-url-invalid = nơi xuất bản "{ $name }": { $problem }
deploy-precompress-not-file = `precompress` chỉ dành cho nơi xuất bản file://; kho lưu trữ đám mây và CDN tự nén
deploy-precompress-not-file-hint = xóa precompress = true khỏi nơi xuất bản này
deploy-url-hint = ghi s3://bucket/thu-muc?endpoint=https://…&region=… hoặc file:///srv/www/site
deploy-url-not-url = `url` không phải một địa chỉ ({ $detail }): "{ $url }"
deploy-url-user = địa chỉ có tên đăng nhập hoặc mật khẩu
deploy-url-credential = địa chỉ có khóa truy cập (`{ $key }`)
deploy-url-unknown-parameter = địa chỉ có tham số lạ `{ $key }`
deploy-url-unknown-parameter-hint = địa chỉ s3:// chỉ nhận endpoint= và region=
deploy-url-no-bucket = địa chỉ s3:// cần tên bucket
deploy-url-bad-endpoint = endpoint "{ $endpoint }" không phải địa chỉ http(s)
deploy-url-bad-endpoint-hint = ghi địa chỉ của kho lưu trữ, ví dụ endpoint=https://s3.example.vn
deploy-url-file-parameters = địa chỉ file:// không nhận endpoint hay region
deploy-url-not-folder = "{ $url }" không phải đường dẫn thư mục
deploy-url-file-hint = ghi file:///srv/www/site
deploy-url-root-folder = nơi xuất bản file:// không được là thư mục gốc /
deploy-url-scheme = keng không xuất bản được tới địa chỉ { $scheme }://
deploy-header-incomplete = mỗi { $section } cần `for` và `headers`
deploy-header-incomplete-hint = ví dụ for = "anh/**" và headers = { "{" } "Cache-Control" = "public, max-age=604800" { "}" }
deploy-header-pattern-invalid = `for` không phải mẫu đường dẫn hợp lệ: { $detail }
deploy-header-pattern-invalid-hint = ghi mẫu tính từ gốc trang, ví dụ "anh/**" hoặc "**/*.pdf"
deploy-headers-not-table = `headers` phải là bảng tên header và giá trị
deploy-headers-not-table-hint = headers = { "{" } "Cache-Control" = "public, max-age=3600" { "}" }
deploy-header-invalid = header `{ $name }` cần tên gồm chữ cái, chữ số và `-`, và giá trị là chuỗi chữ trên một dòng
deploy-header-invalid-hint = ví dụ "Cache-Control" = "public, max-age=3600"

## [cap] trong site.toml

cap-value-invalid = [cap] `{ $key }` phải là một trong { $allowed } (CAP 1.2), nhưng đang là "{ $found }"
cap-value-invalid-hint = CAP 1.2 chỉ cho phép các từ này cho { $key }, viết đúng hoa thường
cap-sender-invalid = [cap] `sender` không được để trống hay chứa dấu cách, dấu phẩy, < hoặc & (CAP 1.2)
cap-sender-invalid-hint = dùng tên máy chủ của trang, ví dụ sender = "conganductrong.example.vn"

## keng deploy

credentials-from-environment = biến môi trường (AWS_ACCESS_KEY_ID)
credentials-from-file = { $file } [{ $profile }]
credentials-unreadable = không đọc được tệp khóa truy cập: { $detail }
credentials-unreadable-hint = đây là tệp INI: dòng [default], rồi aws_access_key_id = … và aws_secret_access_key = …
credentials-profile-incomplete = hồ sơ [{ $profile }] không có aws_access_key_id và aws_secret_access_key
credentials-profile-incomplete-hint = thêm cả hai khóa dưới hồ sơ này, hoặc chọn hồ sơ khác bằng AWS_PROFILE=tên
credentials-missing = không có khóa truy cập kho lưu trữ: keng đã tìm trong biến môi trường và ~/.aws/credentials
credentials-missing-hint = đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY (nhà cung cấp kho lưu trữ cấp cả hai), hoặc ghi chúng vào ~/.aws/credentials dưới [default]
deploy-no-build = ở đây chưa có bản dựng nào để xuất bản
deploy-no-build-hint = chạy keng build trước, hoặc keng deploy --build
deploy-target-is-build = nơi xuất bản chính là thư mục bản dựng, hoặc chứa nó, hoặc nằm trong nó
deploy-target-is-build-hint = xuất bản vào một thư mục riêng, ví dụ file:///srv/www/site
deploy-drafts = bản dựng này có cả bản nháp (keng build --drafts); bản nháp không được xuất bản
deploy-drafts-hint = dựng lại không có --drafts, hoặc chạy keng deploy --build
deploy-other-base-url = bản dựng này làm cho địa chỉ { $built } (--base-url), còn base_url trong site.toml là { $configured }; các liên kết sẽ trỏ sai chỗ
deploy-other-base-url-hint = dựng lại không có --base-url, hoặc chạy keng deploy --build
deploy-no-targets = site.toml chưa khai báo nơi xuất bản nào
deploy-no-targets-hint = thêm [[deploy.targets]] với name = "r2" và url = "s3://bucket/site?endpoint=https://…" (hoặc url = "file:///srv/www/site")
deploy-unknown-target = không có nơi xuất bản nào tên "{ $name }"
deploy-unknown-target-none = site.toml chưa có [[deploy.targets]]
deploy-unknown-target-hint = các nơi xuất bản là { $targets }
deploy-runtime = không khởi động được phần kết nối mạng: { $detail }
deploy-s3-client = không tạo được kết nối S3: { $detail }
deploy-s3-client-hint = kiểm tra url của nơi xuất bản trong [[deploy.targets]]
deploy-upload-failed = tải lên { $file } không thành công: { $detail }
deploy-delete-failed = mọi tệp đã được tải lên, nhưng xóa tệp cũ không thành công: { $detail }
deploy-delete-failed-hint = chạy lại keng deploy để xóa nốt
deploy-interrupted-hint = sau phần { $step } chưa có gì được gửi và chưa tệp nào bị xóa, nên trang đang chạy vẫn nhất quán; chạy lại keng deploy để làm nốt (tổng cộng { $count } tệp cần gửi)
deploy-step-assets = tài nguyên
deploy-step-pages = trang
deploy-step-feeds = nguồn tin
deploy-step-delete = xóa
deploy-credentials-refused = { $endpoint } từ chối khóa truy cập của keng (lấy từ { $source }) cho bucket "{ $bucket }"
deploy-credentials-refused-hint = kiểm tra AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY (hoặc ~/.aws/credentials), và khóa đó có quyền liệt kê, ghi và xóa trong bucket này
deploy-no-bucket = không có bucket "{ $bucket }" tại { $endpoint }
deploy-no-bucket-hint = tạo bucket trong trang quản trị của nhà cung cấp, hoặc sửa tên bucket trong url của nơi xuất bản
deploy-list-refused = { $endpoint } từ chối liệt kê bucket "{ $bucket }": { $code }
deploy-bucket-name-hint = tên bucket dài 3 đến 63 ký tự: chữ thường, chữ số, dấu chấm và dấu gạch ngang
deploy-list-refused-hint = kiểm tra bucket, region và endpoint trong url của nơi xuất bản
deploy-unreachable = không kết nối được tới { $endpoint }: { $detail }
deploy-unreachable-hint = kiểm tra endpoint trong url của nơi xuất bản và đường mạng; keng đã thử lại vài lần, giãn dần, trước khi dừng
deploy-nothing-sent = { $problem }; chưa tệp nào được tải lên hay bị xóa
deploy-file-write-hint = kiểm tra keng có quyền ghi vào chỗ của nơi xuất bản
deploy-file-parent-missing = thư mục chứa nơi xuất bản này không tồn tại
deploy-file-parent-missing-hint = tạo thư mục đó, hoặc gắn (mount) ổ mạng chứa nó, rồi xuất bản lại
deploy-file-foreign = thư mục này có tệp không do keng đặt vào; keng thay cả thư mục khi xuất bản
deploy-file-foreign-hint = xuất bản vào một thư mục trống hoặc mới, hoặc tự dọn trống thư mục này
deploy-build-unreadable = không đọc được bản dựng: { $detail }
deploy-nothing-deployed = Chưa xuất bản gì.
deploy-failed = Xuất bản không thành công: { $errors } lỗi.
deploy-line-delete = xóa      { $file }
deploy-line-new = tải lên  { $step }  { $file }  { $size } (mới)
deploy-line-changed = tải lên  { $step }  { $file }  { $size } (đã đổi)
deploy-summary-dry-run = Chạy thử cho { $target } ({ $place }), chưa gửi gì
deploy-summary-done = Đã xuất bản lên { $target } ({ $place }) trong { $seconds } giây
deploy-summary-kept = , giữ lại { $kept } (--no-delete)
deploy-summary = { $head }: { $nothing ->
        [true] không có gì thay đổi:{" "}
       *[other] {""}
    }{ $uploaded } tệp { $dry ->
        [true] sẽ tải lên
       *[other] đã tải lên
    } ({ $size }; { $new } mới, { $changed } đã đổi), { $deleted } { $dry ->
        [true] sẽ xóa
       *[other] đã xóa
    }{ $kept }, { $unchanged } không đổi.

## Thư mục kết quả

emit-output-not-named = đường dẫn kết quả phải là tên một thư mục
emit-output-not-named-hint = ghi --output public hoặc một tên thư mục khác
emit-output-not-folder = đường dẫn kết quả đã có và không phải thư mục
emit-output-not-folder-hint = xóa nó đi hoặc chọn --output khác
emit-output-foreign = thư mục kết quả đã có tệp không do keng ghi; keng xóa những tệp nó không còn tạo ra
emit-output-foreign-hint = tự dọn trống thư mục, hoặc chọn --output khác
emit-next-foreign = keng dùng chỗ này cho bản dựng kế tiếp, nhưng đây không phải thư mục keng tạo
emit-next-foreign-hint = chuyển nó đi chỗ khác hoặc chọn --output khác
emit-previous-not-deleted = bản dựng mới đã vào chỗ, nhưng không xóa được bản cũ: { $reason }
emit-previous-not-deleted-hint = tự xóa thư mục này; lần dựng sau keng sẽ thử lại
emit-swap-failed = không đặt được bản dựng mới vào chỗ bản cũ: { $reason }
emit-swap-mount-hint = thư mục kết quả là điểm gắn ổ (mount) hoặc nằm trên ổ khác thư mục cha; hãy ghi kết quả vào một thư mục bên trong ổ đó
emit-swap-failed-hint = kiểm tra keng có quyền đổi tên thư mục ở chỗ chứa kết quả
emit-leftover-not-removed = không xóa được phần lần dựng trước bỏ lại ở đây: { $reason }
emit-leftover-not-removed-hint = tự xóa thư mục này rồi dựng lại
emit-output-is-site = thư mục kết quả sẽ đè lên chính các tệp của trang
emit-output-is-site-hint = mỗi lần dựng keng thay toàn bộ thư mục kết quả; hãy chọn một thư mục riêng như public/
output-write-failed = không ghi được tệp kết quả này: { $reason }
output-write-failed-hint = kiểm tra thư mục kết quả ghi được và ổ đĩa chưa đầy
static-copy-failed = không chép được tệp tĩnh này: { $reason }
headers-write-failed = không ghi được: { $reason }

## Đọc nội dung

load-not-utf8 = tệp không phải văn bản UTF-8
load-not-utf8-hint = lưu lại với bảng mã UTF-8 (Unicode) trong trình soạn thảo; chữ Việt ở bảng mã khác sẽ hiện ra như thế này
load-empty = tệp trống
load-no-front-matter = tệp không bắt đầu bằng phần đầu tệp (một dòng chỉ có +++)
load-front-matter-unclosed = phần đầu tệp mở bằng +++ ở dòng 1 nhưng không có dòng +++ đóng lại
load-front-matter-hint = mở đầu tệp bằng phần đầu tệp nằm giữa hai dòng +++, ví dụ:
    { $example }
load-no-content = trang không có thư mục content/
load-no-content-hint = tạo content/ với tệp _index.md cho trang chủ, hoặc bắt đầu từ `keng init THƯ_MỤC`
load-section-not-entry = ở đây cần một bài, nhưng lại là một mục
walk-link-outside = liên kết tượng trưng (symlink) này dẫn ra ngoài thư mục trang, tới { $target }
walk-link-outside-hint = chép thứ nó trỏ tới vào trong trang; trang nào cố ý dùng thì đặt allow_outside_links = true trong site.toml
walk-link-loop = liên kết tượng trưng này trỏ ngược về một thư mục cha của chính nó (vòng lặp)
walk-link-loop-hint = xóa liên kết hoặc trỏ nó sang chỗ khác
walk-unreadable = không đọc được đường dẫn này: { $detail }
walk-unreadable-hint = kiểm tra tệp có tồn tại và keng có quyền đọc

## Trường của bài và loại bài

type-text = một chuỗi chữ
type-markdown = một chuỗi chữ (Markdown)
type-integer = một số nguyên
type-count = một số nguyên từ 0 đến { $max }
type-url = một đường dẫn trong trang (anh.jpg, /anh/a.jpg) hoặc một địa chỉ http(s)
type-number = một số
type-bool = true hoặc false
type-date = một ngày như 2020-12-31 hoặc 2020-12-31T14:00:00+07:00
type-text-list = một danh sách chuỗi chữ
type-enum = một trong { $values }
type-enum-list = một danh sách các giá trị trong { $values }
type-figures = một bảng nhãn = số
type-reports = một danh sách bảng { "{" } channel = "...", contact = "..." { "}" }
type-coordinates = [vĩ độ, kinh độ]
type-polygon = một đa giác CAP: "vĩ,kinh vĩ,kinh vĩ,kinh vĩ,kinh", điểm đầu lặp lại ở cuối
type-circle = một hình tròn CAP: "vĩ,kinh bán_kính" (bán kính tính bằng km)
value-as-written = { $value }
value-of-type = { $ty } { $value }
field-required-missing = thiếu trường bắt buộc `{ $field }` (loại bài `{ $kind }`)
field-required-missing-hint = thêm một dòng như { $field } = { $example } ({ $ty })
field-invalid = `{ $field }` { $problem }
field-invalid-hint = `{ $field }` phải là { $ty }, ví dụ { $field } = { $example }
field-must-be = phải là { $ty }, nhưng đang là { $found }
field-url-unsafe = phải là { $ty }, nhưng đang là "{ $found }" (một địa chỉ có thể chạy mã độc hoặc giấu nội dung)
field-date-invalid = không phải ngày hợp lệ: { $found }
field-enum-item-invalid = có "{ $found }", không nằm trong các giá trị được phép
field-figure-not-number = có "{ $label }" = { $found }, không phải là số
field-report-not-table = mục thứ { $item } là { $found }, không phải bảng { "{" } channel = "...", contact = "..." { "}" }
field-report-key-missing = mục thứ { $item } thiếu chuỗi chữ `{ $key }`
field-report-key-unknown = mục thứ { $item } có khóa lạ `{ $key }`
field-control-character = `{ $key }` chứa một ký tự điều khiển vô hình ({ $code })
field-control-character-hint = xóa ký tự đó; nó thường đi kèm chữ chép từ chương trình khác sang
field-not-finite = `{ $key }` là { $written }, không phải con số mà trang hiển thị được
field-not-finite-hint = ghi chính con số đó, ví dụ value = 12
field-wrong-type = `{ $key }` phải là { $expected }, nhưng đang là { $found }
field-wrong-type-hint = ghi như { $key } = { $example }
field-negative = `{ $key }` không được là số âm, nhưng đang là { $found }
field-negative-hint = dùng 0 hoặc một số dương
field-date-not-valid = `{ $key }` không phải ngày hợp lệ: { $found }
field-date-not-valid-hint = ghi ngày theo dạng năm-tháng-ngày: { $key } = 2020-12-31 hoặc { $key } = 2020-12-31T14:00:00+07:00
field-not-text-list = `{ $key }` phải là một danh sách chuỗi chữ
field-not-text-list-hint = ghi như { $key } = ["an ninh", "lừa đảo"]
field-not-allowed = `{ $key }` phải là một trong { $allowed }, nhưng đang là "{ $found }"
field-not-allowed-hint = ví dụ { $key } = { $example }
field-unknown-key = khóa `{ $key }` không được dùng ở đây
field-unknown-key-suggest-hint = có phải ý bạn là `{ $suggestion }`? Giá trị riêng đặt dưới [extra]
field-unknown-key-hint = giá trị riêng đặt dưới [extra]; README liệt kê các khóa keng biết
entry-unreadable = không đọc được bài loại { $kind } này: { $detail }
entry-unreadable-hint = đối chiếu kiểu của các trường với README
kind-unknown = không có loại bài { $found }
kind-unknown-hint = các loại bài là: { $kinds } (trang tự thêm loại riêng dưới [kinds.TÊN] trong site.toml)
kind-built-in = loại bài `{ $name }` có sẵn trong keng, không định nghĩa lại được
kind-built-in-hint = đặt tên khác cho loại bài của bạn
guide-related-missing = không có hướng dẫn liên quan `{ $related }`: không có tệp content/{ $target }
guide-related-missing-hint = ghi các hướng dẫn liên quan bằng tệp của chúng trong content/, ví dụ related = ["phong-chong-lua-dao/tin-nhan-gia-ngan-hang.toml"]
alert-expired-urgent = cảnh báo này đã hết hạn ngày { $expired } nhưng mức khẩn cấp vẫn ghi "{ $urgency }"
alert-expired-urgent-hint = đặt urgency = "Past", hoặc dời `expires` ra sau nếu nguy cơ vẫn còn
resolve-url-twice = địa chỉ { $url } được tạo ra bởi cả { $first } lẫn { $second }
resolve-owner-search = trang tìm kiếm của keng
resolve-owner-taxonomy = cách phân loại `{ $name }` trong site.toml
resolve-owner-alias = { $file } (trong aliases của nó)
resolve-url-twice-hint = đổi tên tệp của một trong hai, hoặc đặt slug = "..." khác ở phần đầu tệp của nó
resolve-alias-unsafe = địa chỉ cũ { $alias } không phải một đường dẫn mới bên trong trang
resolve-alias-unsafe-hint = ghi địa chỉ cũ là đường dẫn từ gốc trang, ví dụ aliases = ["/tin-tuc/bai-cu/"]; không có dấu cách, .., tên ẩn, dấu \, địa chỉ trang khác hay tệp keng tự ghi (_redirects, sitemap.xml, …)
resolve-no-slug = không tạo được địa chỉ từ "{ $wanted }": không có chữ cái hay chữ số nào
resolve-no-slug-hint = đổi tên tệp hoặc đặt slug = "ten-bai" ở phần đầu tệp

## Liên kết

check-external-status = liên kết ngoài { $url } trả về HTTP { $status }
check-external-unreachable = không mở được liên kết ngoài { $url }: { $detail }
check-external-hint = mở địa chỉ này trong trình duyệt; sửa hoặc xóa liên kết nếu trang đó không còn
check-link-missing = liên kết tới { $url }, nhưng trang không có trang hay tệp nào như vậy
check-link-missing-hint = sửa địa chỉ, hoặc liên kết tới tệp bằng @/muc/tep.md để keng kiểm tra ngay khi dựng
check-link-anchor-missing = liên kết tới { $url }, nhưng trang đó không có phần tử nào có id "{ $anchor }"
check-link-on-many-pages = { $problem } (và { $others } trang khác)
check-link-from-template-hint = liên kết này đến từ mẫu giao diện, không phải nội dung: sửa trong templates/ (hoặc trong giao diện)
check-bundle-file-unlinked = không chỗ nào liên kết tới tệp này trong thư mục bài { $bundle }
check-bundle-file-unlinked-hint = liên kết tới nó trong bài, ví dụ [{ $file }]({ $file }), hoặc xóa nó đi
check-bundle-photo-unlinked-hint = đưa nó vào bài, ví dụ ![ảnh cho thấy gì]({ $file }), hoặc xóa nó đi
markdown-internal-link-missing = liên kết trong trang tới `@/{ $file }`, nhưng không có tệp content/{ $file }
markdown-internal-link-missing-hint = liên kết trong trang ghi tên một tệp trong content/, ví dụ [bài](@/tin-tuc/ten-bai.md) hoặc @/tin-tuc/_index.md
anchor-missing = liên kết tới #{ $anchor } trong { $page }, nhưng trang đó không có đề mục nào có id này
anchor-no-headings-hint = { $page } không có đề mục nào để liên kết tới
anchor-headings-hint = các đề mục của { $page }: { $ids }

## Markdown

markdown-image-removed = ảnh này đã bị bỏ: địa chỉ `{ $url }` không phải địa chỉ web, thư điện tử hay số điện thoại
markdown-link-removed = liên kết này đã bị bỏ: địa chỉ `{ $url }` không phải địa chỉ web, thư điện tử hay số điện thoại
markdown-address-removed-hint = liên kết và ảnh chỉ được dùng http:, https:, mailto:, tel: hoặc một đường dẫn trong trang
markdown-unsafe-html = đoạn HTML ở đây có mã script, khung nhúng, biểu mẫu hoặc địa chỉ không an toàn; nó đã bị bỏ khỏi trang
markdown-unsafe-html-hint = viết bằng Markdown; trang mà mọi người soạn đều tin cậy được có thể đặt [markdown] unsafe_html = true
markdown-h1-demoted = đề mục `#` trong bài được hiển thị thành đề mục `##`: tiêu đề bài là đề mục cấp cao nhất duy nhất
markdown-h1-demoted-hint = bắt đầu các đề mục trong bài từ ##

## Ảnh

image-unknown-format = đây không phải ảnh JPEG, PNG hay WebP
image-too-large = ảnh cỡ { $width }×{ $height } điểm ảnh, lớn hơn { $max } megapixel mà keng mở
image-broken = không đọc được ảnh: { $detail }
image-unusable = không dùng được ảnh này: { $problem }
image-unusable-hint = lưu lại thành JPEG, PNG hoặc WebP (ảnh chụp điện thoại để nguyên là được), hoặc xóa khỏi content/
image-refused-format = keng không đăng ảnh .{ $extension }: trình duyệt không hiển thị được, và ảnh mang thông tin của máy chụp (thường có cả nơi chụp)
image-refused-format-hint = xuất ảnh ra JPEG (điện thoại tự làm khi chia sẻ ảnh, hoặc đặt máy ảnh ở chế độ "Tương thích nhất") rồi đặt tệp JPEG vào đây
markdown-image-missing = không tìm thấy ảnh `{ $address }`: không có trong thư mục của bài hay trong content/
markdown-image-missing-hint = đặt ảnh cạnh bài (thư mục bài: tin-tuc/bai/index.md với tin-tuc/bai/anh.jpg) hoặc ghi đường dẫn từ gốc trang, ví dụ /anh/hoi-nghi.jpg cho content/anh/hoi-nghi.jpg
markdown-image-unusable = không dùng được ảnh `{ $address }`: { $problem }
markdown-image-unusable-hint = lưu lại thành JPEG, PNG hoặc WebP (ảnh chụp điện thoại để nguyên là được)

## Mẫu giao diện

template-error = { $detail }
template-error-rendering = { $detail } (khi dựng { $page })
template-error-many-pages = { $problem } và { $others } trang khác
template-error-hint = sửa mẫu giao diện; cú pháp Tera có tại https://keats.github.io/tera/docs/
template-parent-missing = mẫu kế thừa mẫu `{ $parent }`, nhưng mẫu này không tồn tại
template-available-hint = các mẫu hiện có: { $names }
template-not-found = không tìm thấy mẫu `{ $name }`
template-not-found-rendering = không tìm thấy mẫu `{ $name }` (khi dựng { $page })
template-unknown-function-hint = bộ lọc và hàm của keng có trong README (phần Templates); của Tera ở https://keats.github.io/tera/docs/
template-missing = mẫu `{ $name }` không tồn tại
template-missing-hint = đặt { $name } vào templates/, hoặc dùng một trong: { $names }
template-not-utf8 = mẫu giao diện không phải văn bản UTF-8
template-not-utf8-hint = lưu lại với bảng mã UTF-8
theme-missing = không tìm thấy giao diện "{ $name }": không có thư mục { $dir }
theme-missing-hint = tạo thư mục giao diện đó, hoặc xóa `theme` khỏi site.toml để dùng giao diện có sẵn

## Mã ngắn

shortcode-unknown = không có mã ngắn `{ $name }`
shortcode-unknown-suggest-hint = có phải ý bạn là `{ $suggestion }`? Các mã ngắn của trang: { $list }
shortcode-unknown-hint = các mã ngắn của trang: { $list }; trang tự thêm mã ngắn bằng tệp templates/shortcodes/TÊN.html
shortcode-script-address = tham số `{ $key }` của `{ $name }` là một địa chỉ chạy mã
shortcode-script-address-hint = tham số của mã ngắn không được bắt đầu bằng javascript:, vbscript: hay data:; hãy ghi địa chỉ http(s) hoặc một đường dẫn trong trang
shortcode-syntax-name-expected = ở đây cần tên tham số (như `title`) hoặc `)`
shortcode-syntax-equals-expected = cần dấu `=` sau tên tham số `{ $key }`
shortcode-argument-twice = tham số `{ $key }` được ghi hai lần
shortcode-argument-twice-hint = mỗi tham số ghi một lần
shortcode-syntax-comma-expected = cần `,` hoặc `)` sau giá trị của tham số
shortcode-syntax-list-strings = danh sách chứa các chuỗi trong ngoặc kép: ["a", "b"]
shortcode-syntax-list-comma = cần `,` hoặc `]` trong danh sách
shortcode-syntax-value = giá trị là một chuỗi trong ngoặc kép, một số, true, false hoặc một danh sách: title="Họp dân", n=3
shortcode-syntax-unclosed-string = chuỗi này thiếu dấu { $quote } đóng
shortcode-syntax-hint = tham số của mã ngắn viết như ten(khoa="chữ", n=3, bat=true, muc=["a", "b"])
shortcode-block-unclosed = mã ngắn dạng khối `{ $name }` chưa được đóng
shortcode-block-unclosed-hint = kết thúc phần thân bằng { "{%" } end { "%}" } trên một dòng riêng
shortcode-no-parentheses = mã ngắn `{ $name }` cần có cặp ngoặc ()
shortcode-no-parentheses-hint = ghi { $example }
shortcode-tag-unclosed = mã ngắn `{ $name }` chưa được đóng: ở đây cần `{ $close }`
shortcode-tag-unclosed-hint = mã ngắn kết thúc bằng `) { $close }`; muốn ghi `{ $open }` thành chữ thường, dùng { $escaped }
shortcode-end-without-block = có `{ "{%" } end { "%}" }` nhưng không có mã ngắn dạng khối nào để đóng
shortcode-end-without-block-hint = xóa nó đi, hoặc mở khối trước đó, ví dụ { "{%" } callout(type="note") { "%}" }
shortcode-declaration-type-unknown = không biết kiểu tham số `{ $ty }`: dùng string, integer, float, bool, list hoặc các từ như "a|b|c"
shortcode-type-text = một chuỗi chữ trong ngoặc kép
shortcode-declaration-toml = phần khai báo của mã ngắn viết sai cú pháp TOML: { $detail }
shortcode-declaration-body = `body` là "none", "required" hoặc "optional"
shortcode-declaration-args = `args` là một bảng: dòng [args] rồi các dòng ten = "kiểu"
shortcode-declaration-arg-type = kiểu của `{ $name }` là một chuỗi như "string?"
shortcode-declaration-unknown-key = khóa lạ `{ $key }`: phần khai báo chỉ có body, description và [args]
shortcode-declaration-hint = xem mục "Shortcodes" trong README về cách mã ngắn khai báo tham số
shortcode-takes-nothing = `{ $name }` không nhận tham số nào
shortcode-takes = `{ $name }` nhận { $args }
shortcode-arg-optional = { $key } (không bắt buộc)
shortcode-argument-suggest-hint = có phải ý bạn là `{ $suggestion }`? { $takes }
shortcode-argument-unknown = mã ngắn `{ $name }` không có tham số `{ $key }`
shortcode-argument-type = tham số `{ $key }` của `{ $name }` phải là { $ty }, nhưng được ghi { $given }
shortcode-argument-type-hint = ghi { $key }={ $example }
shortcode-argument-missing = mã ngắn `{ $name }` cần tham số `{ $key }`
shortcode-argument-missing-hint = thêm { $key }={ $example }; { $takes }
shortcode-body-unexpected = mã ngắn `{ $name }` không có phần thân
shortcode-body-unexpected-hint = ghi trên một dòng: { "{{" } { $name }(…) { "}}" }, không có { "{%" } end { "%}" }
shortcode-body-missing = mã ngắn `{ $name }` cần phần thân
shortcode-body-missing-hint = ghi { "{%" } { $name }(…) { "%}" }, rồi nội dung, rồi { "{%" } end { "%}" } trên một dòng riêng
shortcode-hotline-unknown = trang không có đường dây nóng { $number }
shortcode-hotline-none-hint = đặt [extra] hotline trong site.toml, hoặc ghi các số vào `hotlines` của một bài hướng dẫn
shortcode-hotline-unknown-hint = các số đã biết: { $numbers }; số khác lấy từ [extra] hotline trong site.toml và `hotlines` của các bài hướng dẫn
shortcode-guide-missing = không có bài content/{ $file } cho `guide`
shortcode-guide-missing-hint = ghi tệp của bài hướng dẫn trong content/, ví dụ path="@/phong-chong-lua-dao/app-vay-tien.toml"
shortcode-video-unknown = `video` không nhận địa chỉ { $url }
shortcode-video-unknown-hint = ghi địa chỉ một video trên YouTube (youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…), Facebook (facebook.com/…/videos/…, fb.watch/…) hoặc Vimeo (vimeo.com/…); trang khác thì ghi một liên kết
shortcode-failed = mã ngắn `{ $name }` bị lỗi: { $detail }
shortcode-failed-hint = sửa mẫu của mã ngắn (tên ở trên), hoặc các tham số được truyền vào
shortcode-link-in-link = mã ngắn `{ $name }` tạo ra một liên kết nhưng lại nằm trong một liên kết
shortcode-link-in-link-hint = đưa nó ra khỏi phần [chữ](…) của liên kết
shortcode-block-in-sentence = mã ngắn `{ $name }` tạo ra một khối (hộp hoặc ảnh) nhưng lại nằm giữa câu
shortcode-block-in-sentence-hint = đặt nó trên một dòng riêng, dòng đó không có gì khác

## Rà soát nội dung

lint-placeholder = "{ $placeholder }" vẫn còn ở đây: giá trị này chưa được điền
lint-placeholder-hint = thay bằng giá trị thật
lint-duplicate-title = tiêu đề "{ $title }" trùng với tiêu đề của { $other }
lint-duplicate-title-hint = người đọc và máy tìm kiếm không phân biệt được hai bài; hãy đặt một tiêu đề cụ thể hơn
lint-no-summary = bài này chưa có tóm tắt; danh sách, nguồn tin và kết quả tìm kiếm sẽ chỉ hiện tiêu đề
lint-no-summary-hint = thêm summary = "..." vào phần đầu tệp, hoặc một dòng <!-- more --> sau đoạn văn đầu tiên
lint-image-alt-missing = `image` chưa có `image_alt`: người dùng trình đọc màn hình không biết ảnh có gì
lint-image-alt-missing-hint = thêm image_alt = "ảnh cho thấy gì"
lint-image-without-alt = ảnh chưa có chữ mô tả: trình đọc màn hình và mạng chậm không hiện gì thay cho ảnh
lint-image-without-alt-hint = mô tả ảnh trong cặp ngoặc vuông: ![Hội nghị tổng kết năm 2020](anh.jpg)
lint-future-date = ngày { $date } là ngày trong tương lai; bài vẫn được đăng ngay với ngày đó
lint-future-date-hint = sửa lại ngày, hoặc để bài là bản nháp (draft = true) cho tới hôm đó

## keng new và keng init

new-no-file-name = không tạo được tên tệp từ "{ $title }"
new-no-file-name-hint = đặt tiêu đề có chữ cái hoặc chữ số
new-no-section = không mục nào có kind = "{ $kind }"
new-no-section-hint = thêm kind = "{ $kind }" vào _index.md của thư mục sẽ chứa các bài này
new-file-exists = tệp này đã có; keng không ghi đè lên
new-file-exists-hint = chọn tiêu đề khác, hoặc sửa tệp đang có
new-created = Đã tạo { $file }. Điền các chỗ ghi { $placeholder }, rồi chạy keng build.
init-not-folder = đường dẫn này đã có và không phải thư mục
init-not-folder-hint = chọn một tên thư mục cho trang mới
init-folder-not-empty = thư mục không trống
init-folder-not-empty-hint = chọn một thư mục mới, hoặc thêm --force để vẫn ghi các tệp của trang vào đó
init-created = Đã tạo trang với { $files } tệp trong { $dir }. Tiếp theo: cd { $dir } && keng build

## keng serve

serve-overlay-heading = keng: dựng trang không thành công; bên dưới là các trang tốt gần nhất.
serve-start-failed = không khởi động được: { $detail }
serve-port-in-use-hint = cổng { $port } đang được chương trình khác dùng; chọn cổng khác bằng --port { $next }
serve-listen-hint = kiểm tra --bind và --port
serve-listen-failed = không mở được cổng tại { $address }: { $detail }
serve-not-loopback = cảnh báo: chạy tại { $address } thì máy khác cũng xem được bản xem trước (cả bản nháp)
serve-built = Đã dựng { $files } tệp trong { $ms } ms
serve-first-build-failed = Dựng trang không thành công; trang xem trước ghi rõ lý do:
    { $findings }
serve-serving = Đang phục vụ { $address } (Ctrl-C để dừng)
serve-stopped-by-error = máy chủ đã dừng: { $detail }
serve-stopped = Đã dừng.
serve-build-failed = Dựng lại không thành công sau khi sửa { $changed } ({ $ms } ms); các trang tốt gần nhất vẫn được phục vụ:
    { $findings }
serve-updated = Đã cập nhật { $changed } trong { $ms } ms
serve-copied = Đã chép { $changed } trong { $ms } ms
serve-rebuilt = Đã dựng lại sau khi sửa { $changed } trong { $ms } ms
serve-watch-failed = không theo dõi được thư mục trang: { $detail }

## Dòng lệnh

cli-about = Trình tạo trang tĩnh cho thông tin an ninh trật tự công khai
cli-usage = Cách dùng:
cli-heading-commands = Lệnh
cli-heading-options = Tùy chọn
cli-heading-arguments = Tham số
cli-placeholder-options = TÙY_CHỌN
cli-placeholder-command = LỆNH
cli-help = In hướng dẫn này
cli-version = In phiên bản
cli-quiet = Chỉ in lỗi
cli-verbose = In thêm: thời gian từng bước dựng, từng tệp được xuất bản
cli-lang = Ngôn ngữ thông báo của keng: vi hoặc en (nếu không có thì theo KENG_LANG, ngôn ngữ hệ thống, ngôn ngữ của trang)
cli-build-about = Dựng trang vào thư mục kết quả (mặc định ROOT/public)
cli-build-root = Thư mục trang, chứa site.toml và content/ (mặc định: thư mục hiện tại)
cli-build-output = Nơi ghi trang (mặc định: ROOT/public)
cli-build-base-url = Dùng địa chỉ gốc này thay cho base_url trong site.toml
cli-build-drafts = Dựng cả các bài có draft = true (bản nháp)
cli-build-now = Cố định đồng hồ cho phần phụ thuộc ngày giờ (RFC 3339, ví dụ 2021-01-01T08:00:00+07:00)
cli-check-about = Kiểm tra trang mà không ghi ra: lỗi, liên kết hỏng, tệp thiếu, cảnh báo
cli-check-root = Thư mục trang (mặc định: thư mục hiện tại)
cli-check-external = Mở thử cả mọi liên kết sang trang khác
cli-check-format = Kết quả cho người đọc (text, mặc định) hoặc cho chương trình và CI (json)
cli-check-drafts = Kiểm tra cả các bài có draft = true (bản nháp)
cli-check-now = Cố định đồng hồ cho phần kiểm tra phụ thuộc ngày giờ (RFC 3339)
cli-serve-about = Xem trước trang, tự tải lại khi bạn sửa (không bao giờ ghi vào public/)
cli-serve-root = Thư mục trang (mặc định: thư mục hiện tại)
cli-serve-bind = Địa chỉ lắng nghe (mặc định 127.0.0.1); địa chỉ khác thì máy khác cũng xem được bản xem trước
cli-serve-port = Cổng lắng nghe (mặc định 1111; 0: một cổng trống bất kỳ)
cli-serve-drafts = Hiện cả các bài có draft = true (bản nháp)
cli-serve-open = Mở trang trong trình duyệt
cli-new-about = Tạo một bài mới theo loại: keng new article "Cảnh báo lừa đảo qua điện thoại"
cli-new-kind = article, model, sign, camera, guide, alert, hoặc một loại bài trong site.toml
cli-new-title = Tiêu đề bài; tên tệp được tạo từ đó
cli-new-root = Thư mục trang (mặc định: thư mục hiện tại)
cli-deploy-about = Xuất bản bản dựng gần nhất lên một nơi trong [[deploy.targets]], chỉ gửi phần đã đổi
cli-deploy-root = Thư mục trang, chứa site.toml (mặc định: thư mục hiện tại)
cli-deploy-output = Bản dựng cần xuất bản (mặc định: ROOT/public)
cli-deploy-target = Tên nơi xuất bản trong site.toml (mặc định: nơi đầu tiên)
cli-deploy-dry-run = Chỉ liệt kê những gì sẽ tải lên và xóa, kèm số tệp và dung lượng
cli-deploy-no-delete = Giữ lại trên nơi xuất bản các tệp mà bản dựng không còn
cli-deploy-build = Dựng trước; chỉ xuất bản nếu dựng thành công
cli-init-about = Tạo một trang nhỏ chạy được trong thư mục mới
cli-init-dir = Thư mục cần tạo
cli-init-force = Ghi vào cả thư mục không trống
cli-explain-about = Giải thích mã của một lỗi hay cảnh báo (K0204): nghĩa là gì, ví dụ và cách sửa
cli-explain-code = Mã, ví dụ K0204; không ghi mã thì liệt kê mọi mã
cli-error-invalid-value = "{ $value }" không phải giá trị hợp lệ của { $arg }; các giá trị được dùng: { $valid }
cli-error-missing-value = { $arg } cần một giá trị
cli-error-value-validation = "{ $value }" không phải giá trị hợp lệ của { $arg }: { $detail }
cli-error-unknown-argument = tham số lạ { $arg }
cli-error-unknown-argument-suggest = tham số lạ { $arg }; có phải ý bạn là { $suggestion }?
cli-error-unknown-command = không có lệnh { $command }
cli-error-unknown-command-suggest = không có lệnh { $command }; có phải ý bạn là { $suggestion }?
cli-error-missing-argument = lệnh này cần { $arg }
cli-error-conflict = không dùng được { $arg } cùng với { $other }
cli-error-unexpected-value = giá trị không mong đợi "{ $value }" cho { $arg }
cli-error-more = Muốn biết thêm, chạy lệnh với --help.
cli-keng-lang-ignored = KENG_LANG={ $value } không phải ngôn ngữ keng có (vi, en); bỏ qua.
cli-now-invalid = { $detail }; cần dạng RFC 3339 như 2021-01-01T08:00:00+07:00

## Tổng kết và tiến độ

progress-building = Đang dựng
progress-deploying = Đang xuất bản
count-findings = { $errors } lỗi, { $warnings } cảnh báo
summary-no-kinds = {""}
summary-kinds = {" "}({ $kinds })
summary-no-photos = {""}
summary-photos = ; { $photos } ảnh, tạo mới { $made } phiên bản
build-summary = Đã dựng { $pages } trang{ $kinds } và { $sections } mục vào { $output } trong { $ms } ms: { $findings } ({ $written } tệp đã ghi, { $unchanged } không đổi, { $removed } đã xóa){ $photos }.
build-failed = Dựng trang không thành công: { $errors } lỗi. Kết quả lần trước vẫn giữ nguyên.
build-stage-time = { $stage } { $ms } ms
check-summary = Đã kiểm tra { $pages } trang{ $kinds } và { $sections } mục trong { $ms } ms: { $findings }.
explain-list-heading = Các mã lỗi và cảnh báo của keng; keng explain MÃ giải thích từng mã:
explain-unknown-code = { $code } không phải mã của keng; keng explain liệt kê mọi mã

serve-foreign-host = keng serve chỉ trả lời yêu cầu tới localhost hoặc một địa chỉ IP của máy này. Hãy mở địa chỉ keng đã in ra (http://127.0.0.1:CỔNG/).
serve-not-found = Không tìm thấy trang
