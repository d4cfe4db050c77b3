### keng explain CODE: one text per code of a finding, in English.

## keng explain: one text per code. The first line is its title; lines
## starting with │ are what the file holds (wrong, then right).

explain-K0101 = site.toml is missing
    keng looks for site.toml in the site folder (the current folder, or --root). Without it keng does not know the site's name or address.
    Run keng in the folder that holds site.toml:
    │ cd congan-ductrong && keng build
    or create a new site: keng init congan-ductrong
explain-K0102 = A file is not UTF-8 text
    keng reads every text file as UTF-8, the encoding that holds Vietnamese letters. A file saved in another encoding (Windows-1258, TCVN3) shows "Ä‘" where "đ" should be.
    Open the file and save it again choosing the UTF-8 encoding:
    │ title = "Đức Trọng"   (saved as UTF-8)
explain-K0103 = TOML syntax
    site.toml, the front matter of an entry and .toml entries are written in TOML: key = value, one per line; text in "quotes", lists in [brackets].
    Wrong:
    │ title = Tiếng kẻng an ninh
    Right:
    │ title = "Tiếng kẻng an ninh"
explain-K0104 = Unknown key
    The key is not one keng knows in this place, often because of a typing mistake. A site's own values go under [extra], where any key is allowed.
    Wrong:
    │ titel = "Tin tức"
    Right:
    │ title = "Tin tức"
    │ [extra]
    │ so_dien_thoai = "0263 3843 113"
explain-K0105 = A value of the wrong type
    Each key takes one kind of value: text in "quotes", whole numbers without quotes, true or false, dates as 2020-12-31, lists in [ ].
    Wrong:
    │ paginate_by = "mười"
    Right:
    │ paginate_by = 10
explain-K0106 = A required key is missing
    Some keys must be there for keng to build the site; site.toml needs title and base_url.
    Wrong:
    │ title = "Công an huyện Đức Trọng"
    Right:
    │ title = "Công an huyện Đức Trọng"
    │ base_url = "https://conganductrong.example.vn"
explain-K0107 = The site title is empty
    The title is shown in every page's title bar, in feeds and in search results, so it cannot be empty.
    Wrong:
    │ title = ""
    Right:
    │ title = "Công an huyện Đức Trọng"
explain-K0108 = base_url is not a full web address
    Every canonical address, feed and sitemap is built on base_url. It must start with https:// (or http://) and name the host; no ?query, #fragment or user name.
    Wrong:
    │ base_url = "conganductrong.example.vn"
    Right:
    │ base_url = "https://conganductrong.example.vn"
explain-K0109 = A language code is not valid
    language is the site's own language; languages lists the translations. Both use short codes such as "vi" and "en".
    Wrong:
    │ language = "Tiếng Việt"
    Right:
    │ language = "vi"
    │ languages = ["en"]
explain-K0110 = Unknown time zone
    Dates without an offset are read in the site's time zone, an IANA name.
    Wrong:
    │ timezone = "GMT+7"
    Right:
    │ timezone = "Asia/Ho_Chi_Minh"
explain-K0111 = The theme cannot be found
    theme names a folder under themes/ that holds templates/ and static/. Without theme, the built-in theme is used.
    Wrong:
    │ theme = "themes/xanh"
    Right:
    │ theme = "xanh"      (the folder themes/xanh/)
explain-K0112 = A taxonomy name is not valid
    A taxonomy (tags, categories) becomes part of addresses and a front matter key: lowercase letters without diacritics, digits, - and _, each listed once. [feeds] may only name listed taxonomies.
    Wrong:
    │ taxonomies = ["Chủ đề"]
    Right:
    │ taxonomies = ["chu-de"]
explain-K0113 = paginate_path is not a URL slug
    paginate_path is the word in the address of the second and later pages of a list (/tin-tuc/trang/2/).
    Wrong:
    │ paginate_path = "Trang số"
    Right:
    │ paginate_path = "trang"
explain-K0114 = An [images] setting is out of range
    widths lists the widths keng makes of each photo (16 to 8192 pixels); quality is 1 to 100; max_megapixels limits the photos keng opens.
    Wrong:
    │ quality = 0
    Right:
    │ widths = [360, 640, 960, 1280]
    │ quality = 80
explain-K0115 = A [cap] setting breaks CAP 1.2
    Alerts are also published as CAP 1.2 for other warning systems; status and scope take only the standard's words, and sender is a host name without spaces.
    Wrong:
    │ status = "actual"
    Right:
    │ status = "Actual"
    │ sender = "conganductrong.example.vn"
explain-K0116 = A site's own kind is not declared right
    A kind added under [kinds.NAME] lists its fields with their types; required fields must be among them, and the kind needs a title field. Built-in kinds cannot be redefined.
    Wrong:
    │ [kinds.diem_tiep_dan]
    │ required = ["ten"]
    Right:
    │ [kinds.diem_tiep_dan]
    │ fields = { "{" } ten = "text", dia_chi = "text" { "}" }
    │ required = ["ten"]
explain-K0117 = A file cannot be read or written
    The system refused to read or write the file: it is missing, keng has no permission, or the disk is full. The message says which.
    Or the file changed while keng was building (an editor saving at that moment): build again.
    Check the file in the file manager, its permissions, and the free space:
    │ ls -l content/tin-tuc/bai.md
    │ df -h .
explain-K0201 = Front matter is missing or not closed
    A Markdown entry starts with front matter: a line +++, the entry's fields, another line +++, then the text.
    Wrong:
    │ title = "Họp dân"
    │ Nội dung...
    Right:
    │ +++
    │ title = "Họp dân"
    │ date = 2020-12-31
    │ +++
    │ Nội dung...
explain-K0202 = A required field is missing
    Each kind of entry needs some fields (an article its date, an alert its area and times). The message names the field and the kind.
    Wrong (an article):
    │ title = "Họp dân"
    Right:
    │ title = "Họp dân"
    │ date = 2020-12-31
explain-K0203 = A field's value does not fit the field
    The value is of the wrong type, outside the allowed words, or negative where a count is wanted. The hint shows a value that fits.
    Wrong:
    │ severity = "rất nặng"
    Right:
    │ severity = "Severe"
explain-K0204 = A date cannot be read
    keng reads dates as year-month-day, with an optional time and UTC offset. A date written day/month/year or with words is not understood, so the entry cannot be sorted or dated.
    Wrong:
    │ date = "31/12/2020"
    Right:
    │ date = 2020-12-31
    │ date = 2020-12-31T14:00:00+07:00
explain-K0205 = An invisible or impossible value
    The value holds an invisible control character (usually pasted from another program) or nan/inf, which no page can show.
    Wrong:
    │ title = "Họp dân\u0007"
    Right:
    │ title = "Họp dân"
explain-K0206 = Unknown kind
    kind names one of keng's kinds (article, model, sign, camera, guide, alert) or one the site declares under [kinds.NAME].
    Wrong:
    │ kind = "bai-viet"
    Right:
    │ kind = "article"
explain-K0207 = No address can be made from the title
    An entry's address comes from its file name (or slug); a name with no letters or digits gives no address.
    Wrong:
    │ content/tin-tuc/!!!.md
    Right:
    │ content/tin-tuc/hop-dan.md
    │ slug = "hop-dan"
explain-K0208 = Two files would have the same address
    Two entries (or an entry and an alias) would be published at the same address, and one would hide the other.
    Wrong:
    │ content/tin-tuc/hop-dan.md and content/tin-tuc/hop-dan/index.md
    Right: rename one, or give it its own slug:
    │ slug = "hop-dan-thang-12"
explain-K0209 = An alias is not safe
    aliases lists old addresses that redirect to the entry. Each is a path from the site root, inside the site, not a file keng writes itself.
    Wrong:
    │ aliases = ["../../ngoai/"]
    Right:
    │ aliases = ["/tin-tuc/bai-cu/"]
explain-K0301 = A related guide does not exist
    related lists guides by their file under content/; the file must exist.
    Wrong:
    │ related = ["tin-nhan-gia-ngan-hang"]
    Right:
    │ related = ["phong-chong-lua-dao/tin-nhan-gia-ngan-hang.toml"]
explain-K0302 = An expired alert still says it is urgent
    After expires the alert is past, but urgency still says Immediate or Expected; residents would read an old alert as current.
    Wrong:
    │ expires = 2020-12-01
    │ urgency = "Immediate"
    Right:
    │ urgency = "Past"
explain-K0401 = A link leads to a page that does not exist
    An internal link names a file under content/ with @/, or an address on the site; neither exists.
    Wrong:
    │ [Họp dân](@/tin-tuc/hop-dan.md)    (no such file)
    Right:
    │ [Họp dân](@/tin-tuc/hop-dan-thang-12.md)
explain-K0402 = A link leads to a heading that does not exist
    The part after # names a heading's id on the target page; that page has no heading with that id.
    Wrong:
    │ [Cách báo tin](@/huong-dan.md#bao-tin)
    Right (the heading "Báo tin cho công an" has the id bao-tin-cho-cong-an):
    │ [Cách báo tin](@/huong-dan.md#bao-tin-cho-cong-an)
explain-K0403 = An external link is broken
    keng check --external requested the address and got an error status, or no answer.
    Open the address in a browser; if the page moved, use the new address; if it is gone, remove the link:
    │ [Cổng dịch vụ công](https://dichvucong.gov.vn/)
explain-K0404 = Nothing links to a file of a page bundle
    A file beside an entry (a page bundle) is published, but no page links to it: it is probably forgotten.
    Link to it, or remove it:
    │ [Biểu mẫu](bieu-mau.pdf)
    │ ![Buổi họp](hop-dan.jpg)
explain-K0405 = An unsafe address was removed
    Links and images may only use http:, https:, mailto:, tel: or a path on the site; other schemes (javascript:, data:) can run code in a reader's browser, so keng removes them.
    Wrong:
    │ [Bấm vào đây](javascript:alert(1))
    Right:
    │ [Gọi 113](tel:113)
explain-K0406 = Unsafe HTML was removed
    HTML in an entry may not hold script, frames, forms or unsafe addresses: entries come from many editors and are read by the public.
    Wrong:
    │ <script>...</script>
    Right: write the text in Markdown; a site whose editors are all trusted may set
    │ [markdown]
    │ unsafe_html = true
explain-K0407 = A top-level heading in the text
    The entry's title is the page's only top-level heading, so a # heading in the text is shown as ##.
    Wrong:
    │ # Kết quả
    Right:
    │ ## Kết quả
explain-K0501 = A template has an error
    A template (templates/ or the theme) has a Tera syntax or rendering error at the line shown; the page being rendered is named.
    Wrong:
    │ { "{{" } page.title | upper { "}" }
    Right:
    │ { "{{" } page.title | upper { "}}" }
explain-K0502 = A template does not exist
    A template is named (by an entry's template = "...", or by extends or include) but there is no such file in templates/ or the theme.
    Wrong:
    │ template = "trang-dac-biet.html"   (no such file)
    Right: create templates/trang-dac-biet.html, or use an existing one:
    │ template = "page.html"
explain-K0601 = Unknown shortcode
    The shortcode is neither built in (hotline, guide, alert_list, video, figure, callout, …) nor a file templates/shortcodes/NAME.html of the site.
    Wrong:
    │ { "{{" } duong_day_nong() { "}}" }
    Right:
    │ { "{{" } hotline() { "}}" }
explain-K0602 = A shortcode is not written right
    An inline shortcode is { "{{" } name(key="value") { "}}" }; a block shortcode opens with { "{%" } name(...) { "%}" } and closes with { "{%" } end { "%}" } on a line of its own.
    Wrong:
    │ { "{{" } hotline { "}}" }
    Right:
    │ { "{{" } hotline() { "}}" }
explain-K0603 = A shortcode's argument is wrong
    The argument is unknown to the shortcode, of the wrong type, missing, or a script address.
    Wrong:
    │ { "{{" } video(link="https://youtu.be/abc") { "}}" }
    Right:
    │ { "{{" } video(url="https://youtu.be/abc") { "}}" }
explain-K0604 = A shortcode's body is missing or not allowed
    Some shortcodes take a body between the opening tag and { "{%" } end { "%}" } (callout); others take none and are written inline.
    Wrong:
    │ { "{%" } callout(type="warning") { "%}" }
    Right:
    │ { "{%" } callout(type="warning") { "%}" }
    │ Không chuyển tiền cho người lạ.
    │ { "{%" } end { "%}" }
explain-K0605 = A shortcode's declaration is wrong
    A site's shortcode template may declare its arguments in a comment at its top, in TOML: body, description and [args] with types.
    Wrong:
    │ { "{#" } keng shortcode
    │ args = "title"
    Right:
    │ { "{#" } keng shortcode
    │ [args]
    │ title = "string"
    │ n = "integer?"
    │ { "#}" }
explain-K0606 = A shortcode names something the site does not have
    hotline names a number the site knows, guide an entry that exists, video an address on YouTube, Facebook or Vimeo.
    Wrong:
    │ { "{{" } hotline(number="114") { "}}" }   (the site has no hotline 114)
    Right:
    │ { "{{" } hotline(number="113") { "}}" }
explain-K0607 = A shortcode's template failed
    The shortcode's template could not be rendered with the arguments it was given; the template error follows.
    Fix the template named in the message, or the arguments:
    │ { "{{" } luu_y(muc=3) { "}}" }
explain-K0608 = A shortcode in the wrong place
    A shortcode that makes a link cannot stand inside a link; one that makes a block (a box, a figure) must stand on a line of its own.
    Wrong:
    │ Xem { "{{" } figure(src="a.jpg", alt="Họp dân") { "}}" } ở trên.
    Right:
    │ { "{{" } figure(src="a.jpg", alt="Họp dân") { "}}" }
explain-K0701 = A photo cannot be found
    An image names a photo beside the entry (a page bundle) or a path from the site root; neither exists.
    Wrong:
    │ ![Họp dân](hop-dan.jpg)   (no such file beside the entry)
    Right:
    │ ![Họp dân](/anh/hop-dan.jpg)   (the file content/anh/hop-dan.jpg)
explain-K0702 = A photo cannot be used
    The file is not a JPEG, PNG or WebP image, is damaged, or is larger than [images] max_megapixels allows.
    Save the photo again as JPEG or PNG (a phone photo as it is works):
    │ ![Họp dân](hop-dan.jpg)
explain-K0703 = A photo format is refused
    HEIC, TIFF and RAW photos are not published: browsers cannot show them, and they carry the camera's metadata, often where the photo was taken.
    Wrong:
    │ content/anh/hop-dan.heic
    Right: export it as JPEG (a phone does when it shares a photo):
    │ content/anh/hop-dan.jpg
explain-K0801 = The output folder cannot be used
    keng replaces its output folder on every build, so it refuses a folder that holds files it did not write, a file, or the site's own folders.
    Wrong:
    │ keng build --output content
    Right:
    │ keng build --output public
explain-K0802 = The new output cannot replace the old one
    keng builds beside the output and swaps the two at the end, so a failed build never leaves half a site. The swap or the removal of the old output failed.
    Check the permissions of the folder that holds the output, and that it is not a mount point:
    │ keng build --output /srv/www/site/public
explain-K0803 = An output file cannot be written
    The disk is full or the output folder is not writable.
    Check free space and permissions:
    │ df -h public
explain-K0804 = A link in the site folder leads outside or loops
    A symbolic link in the site leads outside the site folder (keng does not read outside it unless allow_outside_links = true), loops, or cannot be read.
    Copy the file into the site instead of linking it:
    │ cp /mnt/anh/hop-dan.jpg content/anh/
explain-K0805 = There is no content folder
    A site keeps its pages in content/, with an _index.md for the home page.
    │ content/_index.md
    │ content/tin-tuc/_index.md
    Start from keng init DIR for a working example.
explain-K0901 = A placeholder was never filled in
    keng new writes ĐIỀN VÀO where only the editor knows the value; one is still there.
    Wrong:
    │ area = "ĐIỀN VÀO"
    Right:
    │ area = "Xã Hiệp An"
explain-K0902 = Two entries have the same title
    Readers and search engines cannot tell two entries with one title apart.
    Wrong:
    │ title = "Họp dân"   (twice)
    Right:
    │ title = "Họp dân xã Hiệp An, tháng 12"
explain-K0903 = An article has no summary
    Lists, feeds and search results show an article's summary; without one they show its title only.
    │ summary = "Công an xã Hiệp An họp dân về mô hình Tiếng kẻng an ninh."
    or a line <!-- more --> after the first paragraph.
explain-K0904 = A picture has no description
    Screen readers read an image's description aloud, and slow connections show it in place of the image.
    Wrong:
    │ ![](hop-dan.jpg)
    Right:
    │ ![Hội nghị tổng kết năm 2020](hop-dan.jpg)
    │ image_alt = "Hội nghị tổng kết năm 2020"
explain-K0905 = A date in the future
    The entry is published now with a date still to come, which confuses readers and the order of lists.
    Wrong:
    │ date = 2099-01-01
    Right: correct the date, or keep the entry as a draft until then:
    │ draft = true
explain-K1001 = keng new cannot create the entry
    keng new puts the entry in the section whose _index.md has kind = "...", with a file name made from the title; it never overwrites a file.
    │ content/canh-bao/_index.md:  kind = "alert"
    │ keng new alert "Lừa đảo qua điện thoại"
explain-K1002 = keng init cannot create the site
    keng init writes into a new or empty folder, unless --force is given.
    │ keng init congan-hiep-an
    │ keng init --force thu-muc-co-san
explain-K1003 = keng serve cannot start or watch
    The preview needs a free port and a site folder it can watch.
    │ keng serve --port 1112
explain-K1101 = [deploy] in site.toml is not right
    Each [[deploy.targets]] has a name and a url (s3://bucket/folder?endpoint=…&region=… or file:///path); credentials never go in site.toml.
    Wrong:
    │ [[deploy.targets]]
    │ url = "s3://tin-tuc"
    │ secret_access_key = "..."
    Right:
    │ [[deploy.targets]]
    │ name = "r2"
    │ url = "s3://tin-tuc?endpoint=https://s3.example.vn&region=auto"
explain-K1102 = Storage credentials are missing or refused
    keng reads credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else from ~/.aws/credentials; the storage refused them, or there were none.
    │ export AWS_ACCESS_KEY_ID=...
    │ export AWS_SECRET_ACCESS_KEY=...
    │ keng deploy
explain-K1103 = The build is not fit to publish
    keng deploy publishes the last build: there is none, or it includes drafts, or it was made for another address (--base-url).
    │ keng build && keng deploy
    │ keng deploy --build
explain-K1104 = No such deploy target
    keng deploy --target NAME picks a target of [[deploy.targets]] by name; without --target, the first is used.
    │ keng deploy --target r2
explain-K1105 = The file target's folder cannot be used
    A file:// target is a folder keng replaces as a whole: it must be keng's own (or new), its parent must exist, and it cannot be the site or the build.
    Wrong:
    │ url = "file:///srv/www/site/public"   (the build itself)
    Right:
    │ url = "file:///srv/www/congan-ductrong"
explain-K1106 = The storage cannot be reached or the bucket is missing
    keng could not list the bucket: the endpoint is wrong or unreachable, the bucket does not exist, or its name is not valid. Nothing was sent.
    │ url = "s3://tin-tuc?endpoint=https://s3.example.vn&region=auto"
explain-K1107 = An upload or a deletion failed
    The deploy stopped at a failed upload (nothing later was sent) or failed to delete old files (every upload had finished). Run keng deploy again: it sends only what is still missing.
    │ keng deploy
