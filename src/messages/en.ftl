### keng's English messages. Ids are grouped by the stage that reports them;
### the Vietnamese catalogue (vi.ftl) has the same ids and placeables.

## Labels

label-error = error
label-warning = warning
label-hint = hint

## Files and TOML

io-error = cannot read or write this file: { $reason }
load-changed-during-build = the file changed while keng was building it
load-changed-during-build-hint = build again once the editor has finished saving
io-not-found = not found
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the file system is read-only
io-is-a-directory = it is a folder, not a file
io-not-a-directory = a part of the path is a file, not a folder
io-invalid-data = the data is not valid
io-other = { $detail }
not-utf8-hint = save the file as UTF-8 (every modern editor can: "Save with encoding", UTF-8)
toml-unknown-key = unknown key `{ $key }`
toml-unknown-key-expected = unknown key `{ $key }`, expected one of { $expected }
toml-unknown-key-hint = check the spelling; the README lists every key (custom values go under [extra])
toml-missing-key = missing key `{ $key }`
toml-missing-key-hint = add the key; the README lists what each table needs
toml-wrong-type = the value has the wrong type: { $detail }
toml-wrong-type-hint = the value has the wrong type: strings need "quotes", lists [brackets], numbers none
toml-syntax = this is not valid TOML: { $detail }
toml-syntax-hint = this is not valid TOML; see https://toml.io for the syntax

## site.toml

config-missing = no site.toml in the site folder
config-missing-hint = run keng in the folder that holds site.toml, pass --root DIR, or create a site with `keng init DIR`
config-not-utf8 = site.toml is not valid UTF-8 text
config-missing-key = missing key `{ $key }` (string)
config-missing-key-hint = add a line like { $key } = { $example }
config-title-empty = `title` is empty
config-title-empty-hint = give the site a name, e.g. title = "Công an huyện Đức Trọng"
config-base-url-invalid = `base_url` must be an absolute http(s) URL, found "{ $found }": { $problem }
config-base-url-invalid-hint = write the address the site will be served from, e.g. base_url = "https://conganductrong.example.vn"
base-url-scheme = it must start with https:// or http://
base-url-spaces = it holds spaces or control characters
base-url-query = a query (?) or fragment (#) would end up in the middle of every address
base-url-user = a user name or password (user@) must not be published in every address
base-url-ipv6 = the IPv6 address in [ ] is not complete
base-url-no-host = it has no host name
base-url-bad-host = the host name holds characters a host name cannot have
base-url-port = the port is not a number from 0 to 65535
config-language-invalid = `language` must be a language code like "vi" or "en", found "{ $found }"
config-language-invalid-hint = write language = "vi" for a Vietnamese site
config-timezone-unknown = `timezone` "{ $found }" is not a known time zone
config-timezone-unknown-hint = use an IANA name such as "Asia/Ho_Chi_Minh"
config-languages-invalid = `languages` holds "{ $found }", which is not a two- or three-letter language code
config-languages-invalid-hint = for example languages = ["en"]
config-theme-invalid = `theme` must be a folder name under themes/, found "{ $found }"
config-theme-invalid-hint = write only the folder's name, e.g. theme = "xanh" for themes/xanh
config-taxonomy-invalid = taxonomy name "{ $found }" must be lowercase ASCII letters, digits, - or _
config-taxonomy-invalid-hint = it becomes a URL and a front matter key, e.g. taxonomies = ["tags", "categories"]
config-taxonomy-twice = taxonomy "{ $found }" is listed twice
config-taxonomy-twice-hint = remove one of the two
config-paginate-path-invalid = `paginate_path` must be a URL slug like "trang", found "{ $found }"
config-paginate-path-invalid-hint = use lowercase letters without diacritics, digits and -, e.g. paginate_path = "trang"
config-image-widths-invalid = [images] `widths` must list widths from 16 to 8192 pixels
config-image-widths-invalid-hint = for example widths = [360, 640, 960, 1280]
config-image-value-out-of-range = [images] `{ $key }` must be from { $min } to { $max }, found { $found }
config-image-value-out-of-range-hint = change { $key } to a value in that range, or remove the line to use the default
config-feed-taxonomy-unknown = [feeds] taxonomy "{ $found }" is not one of `taxonomies`
config-feed-taxonomy-unknown-hint = list it in taxonomies = [...] too, or remove it here
kind-name-invalid = kind name `{ $name }` must be lowercase ASCII letters, digits, - or _
kind-name-invalid-hint = for example [kinds.diem_tiep_dan]
kind-field-type-unknown = unknown field type "{ $ty }" for `{ $field }`
kind-field-type-unknown-hint = use one of { $types }
kind-required-undeclared = required field `{ $field }` is not declared in [kinds.{ $kind }.fields]
kind-required-undeclared-hint = add { $field } = "text" (or another type) under [kinds.{ $kind }.fields]
kind-key-field-undeclared = { $key } `{ $field }` is not declared in [kinds.{ $kind }.fields]
kind-key-field-undeclared-hint = name one of the kind's fields
kind-no-title = kind `{ $kind }` needs a title: a `title` field, a required text field, or title_field = "..."
kind-no-title-hint = add title_field = "name" naming a text field
toml-type-string = a string
toml-type-integer = a whole number
toml-type-float = a number
toml-type-boolean = true or false
toml-type-datetime = a date
toml-type-array = a list
toml-type-table = a table

## [deploy] in site.toml

deploy-credentials-hint = site.toml is kept with the site's sources; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment, or put them in ~/.aws/credentials, and remove them from site.toml
deploy-not-string = `{ $key }` must be a string, found { $found }
deploy-not-string-hint = put the value in quotes: { $key } = "..."
deploy-credential-key = `{ $key }` looks like a credential; keng never reads credentials from site.toml
deploy-unknown-key = unknown key `{ $key }` in { $section }
deploy-unknown-key-hint = the keys of { $section } are { $keys }
deploy-precompress-not-bool = `precompress` must be true or false, found { $found }
deploy-precompress-not-bool-hint = write precompress = true or precompress = false
deploy-target-incomplete = every { $section } needs a `name` and a `url`
deploy-target-incomplete-hint = for example name = "r2" and url = "s3://bucket/site?endpoint=https://…&region=auto"
deploy-target-name-empty = the target's `name` is empty
deploy-target-name-empty-hint = name it, e.g. name = "r2"
deploy-target-name-twice = two { $section } are named "{ $name }"
deploy-target-name-twice-hint = give every target its own name; keng deploy --target NAME picks one
deploy-target-url-invalid = deploy target "{ $name }": { $problem }
deploy-precompress-not-file = `precompress` is for file:// targets; object storage and CDNs compress for themselves
deploy-precompress-not-file-hint = remove precompress = true from this target
deploy-url-hint = write s3://bucket/folder?endpoint=https://…&region=… or file:///srv/www/site
deploy-url-not-url = `url` is not a URL ({ $detail }): "{ $url }"
deploy-url-user = the URL holds a user name or password
deploy-url-credential = the URL holds a credential (`{ $key }`)
deploy-url-unknown-parameter = unknown URL parameter `{ $key }`
deploy-url-unknown-parameter-hint = an s3:// URL takes endpoint= and region=
deploy-url-no-bucket = an s3:// URL needs a bucket name
deploy-url-bad-endpoint = endpoint "{ $endpoint }" is not an http(s) address
deploy-url-bad-endpoint-hint = write the storage's address, e.g. endpoint=https://s3.example.vn
deploy-url-file-parameters = a file:// URL takes no endpoint or region
deploy-url-not-folder = "{ $url }" is not a folder path
deploy-url-file-hint = write file:///srv/www/site
deploy-url-root-folder = a file:// target cannot be the root folder
deploy-url-scheme = keng cannot deploy to { $scheme }:// addresses
deploy-header-incomplete = every { $section } needs `for` and `headers`
deploy-header-incomplete-hint = for example for = "anh/**" and headers = { "{" } "Cache-Control" = "public, max-age=604800" { "}" }
deploy-header-pattern-invalid = `for` is not a valid pattern: { $detail }
deploy-header-pattern-invalid-hint = write a glob relative to the site root, e.g. "anh/**" or "**/*.pdf"
deploy-headers-not-table = `headers` must be a table of header names and values
deploy-headers-not-table-hint = headers = { "{" } "Cache-Control" = "public, max-age=3600" { "}" }
deploy-header-invalid = header `{ $name }` needs a name of letters, digits and `-`, and a one-line string value
deploy-header-invalid-hint = for example "Cache-Control" = "public, max-age=3600"

## [cap] in site.toml

cap-value-invalid = [cap] `{ $key }` must be one of { $allowed } (CAP 1.2), found "{ $found }"
cap-value-invalid-hint = CAP 1.2 allows only these words for { $key }; they are case-sensitive
cap-sender-invalid = [cap] `sender` must not be empty or contain spaces, commas, < or & (CAP 1.2)
cap-sender-invalid-hint = use the site's host name, e.g. sender = "conganductrong.example.vn"

## keng deploy

credentials-from-environment = the environment (AWS_ACCESS_KEY_ID)
credentials-from-file = { $file } [{ $profile }]
credentials-unreadable = cannot read the credentials file: { $detail }
credentials-unreadable-hint = it is an INI file: [default], then aws_access_key_id = … and aws_secret_access_key = …
credentials-profile-incomplete = profile [{ $profile }] has no aws_access_key_id and aws_secret_access_key
credentials-profile-incomplete-hint = add both keys under the profile, or choose another with AWS_PROFILE=name
credentials-missing = no credentials for object storage: keng looked in the environment and ~/.aws/credentials
credentials-missing-hint = set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the storage provider gives you both), or write them in ~/.aws/credentials under [default]
deploy-no-build = there is no build here to deploy
deploy-no-build-hint = run keng build first, or keng deploy --build
deploy-target-is-build = the deploy target is the build folder, or holds it, or lies inside it
deploy-target-is-build-hint = deploy to a folder of its own, e.g. file:///srv/www/site
deploy-drafts = this build includes drafts (keng build --drafts); drafts are not published
deploy-drafts-hint = build again without --drafts, or run keng deploy --build
deploy-other-base-url = this build was made for { $built } (--base-url), but site.toml's base_url is { $configured }; its links would point there
deploy-other-base-url-hint = build again without --base-url, or run keng deploy --build
deploy-no-targets = site.toml names no deploy target
deploy-no-targets-hint = add [[deploy.targets]] with name = "r2" and url = "s3://bucket/site?endpoint=https://…" (or url = "file:///srv/www/site")
deploy-unknown-target = no deploy target is named "{ $name }"
deploy-unknown-target-none = site.toml has no [[deploy.targets]]
deploy-unknown-target-hint = the targets are { $targets }
deploy-runtime = cannot start the network runtime: { $detail }
deploy-s3-client = cannot set up the S3 client: { $detail }
deploy-s3-client-hint = check the target's url in [[deploy.targets]]
deploy-upload-failed = upload of { $file } failed: { $detail }
deploy-delete-failed = every file was uploaded, but deleting old files failed: { $detail }
deploy-delete-failed-hint = run keng deploy again to delete the rest
deploy-interrupted-hint = nothing after the { $step } was sent and nothing was deleted, so the live site is consistent; run keng deploy again to finish ({ $count } { $count ->
        [one] file
       *[other] files
    } to send in all)
deploy-step-assets = assets
deploy-step-pages = pages
deploy-step-feeds = feeds
deploy-step-delete = delete
deploy-credentials-refused = { $endpoint } refused keng's credentials (from { $source }) for bucket "{ $bucket }"
deploy-credentials-refused-hint = check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or ~/.aws/credentials), and that the key may list, write and delete in this bucket
deploy-no-bucket = bucket "{ $bucket }" does not exist at { $endpoint }
deploy-no-bucket-hint = create the bucket with the storage provider's console, or fix the bucket name in the target's url
deploy-list-refused = { $endpoint } refused to list bucket "{ $bucket }": { $code }
deploy-bucket-name-hint = bucket names are 3 to 63 lower-case letters, digits, dots and hyphens
deploy-list-refused-hint = check the bucket, the region and the endpoint in the target's url
deploy-unreachable = cannot reach { $endpoint }: { $detail }
deploy-unreachable-hint = check the endpoint in the target's url and the network; keng retried with backoff before giving up
deploy-nothing-sent = { $problem }; nothing was uploaded or deleted
deploy-file-write-hint = check that keng may write where the target is
deploy-file-parent-missing = the folder that should hold this target does not exist
deploy-file-parent-missing-hint = create it, or mount the share it lives on, then deploy again
deploy-file-foreign = this folder holds files that keng did not put there; keng replaces the whole folder
deploy-file-foreign-hint = deploy to an empty or new folder, or empty this one yourself
deploy-build-unreadable = cannot read the build: { $detail }

emit-output-not-named = the output path must name a folder
emit-output-not-folder = the output path exists and is not a folder
emit-output-foreign = the output folder already holds files that keng did not write; keng removes files it no longer produces
emit-next-foreign = keng keeps its next output here, but this is not a folder keng made
emit-output-not-named-hint = pass --output public or another folder name
emit-output-not-folder-hint = remove it or choose another --output
emit-output-foreign-hint = empty the folder yourself or choose another --output
emit-previous-not-deleted-hint = remove this folder yourself; the next build tries again
emit-swap-mount-hint = the output folder is a mount point or on another file system than its parent; output to a folder inside the mount instead
emit-swap-failed-hint = make sure keng may rename folders where the output lives
emit-next-foreign-hint = move it away or choose another --output
emit-leftover-not-removed-hint = remove this folder yourself, then build again
emit-output-is-site = the output folder would replace the site's own files
emit-output-is-site-hint = keng replaces its output folder on every build; choose a separate folder such as public/

guide-related-missing-hint = list related guides by their file under content/, e.g. related = ["phong-chong-lua-dao/tin-nhan-gia-ngan-hang.toml"]

kind-built-in-hint = give your kind another name

alert-expired-urgent-hint = set urgency = "Past", or move `expires` later if the danger goes on

markdown-internal-link-missing-hint = internal links name a file under content/, e.g. [bài](@/tin-tuc/ten-bai.md) or @/tin-tuc/_index.md

init-not-folder = this path exists and is not a folder
init-folder-not-empty = the folder is not empty
new-file-exists = this file already exists; keng does not overwrite it
init-not-folder-hint = choose a folder name for the new site
init-folder-not-empty-hint = choose a new folder, or pass --force to write the site's files into it anyway
new-no-file-name-hint = give a title with letters or digits
new-file-exists-hint = choose another title, or edit the existing file

resolve-url-twice-hint = give one of them another file name, or set a different slug = "..." in its front matter
resolve-alias-unsafe-hint = write the old address as a path from the site root, e.g. aliases = ["/tin-tuc/bai-cu/"]; no spaces, .., hidden names, backslashes, addresses of other sites or files keng writes itself (_redirects, sitemap.xml, …)

resolve-no-slug-hint = rename the file or set slug = "ten-bai" in the front matter

image-refused-format-hint = export the photo as JPEG (a phone does when it shares a photo, or set its camera to "Most compatible") and put the JPEG here instead

image-unusable-hint = save it again as JPEG, PNG or WebP (a phone photo as it is works), or remove it from content/

load-not-utf8 = the file is not valid UTF-8 text
load-empty = the file is empty
load-no-front-matter = the file does not start with front matter (a line with only +++)
load-front-matter-unclosed = the front matter opened by +++ on line 1 is never closed
load-not-utf8-hint = save it as UTF-8 (Unicode) in your editor; Vietnamese text in another encoding shows up like this

load-no-content = no content/ folder in the site
load-section-not-entry = expected an entry, found a section
load-no-content-hint = create content/ with an _index.md for the home page, or start from `keng init DIR`

output-write-failed-hint = check that the output folder is writable and the disk is not full

template-not-utf8 = the template is not valid UTF-8 text
template-error-hint = fix the template; Tera's syntax is described at https://keats.github.io/tera/docs/
theme-missing-hint = create the theme folder or remove `theme` from site.toml to use the built-in theme
template-not-utf8-hint = save it as UTF-8

shortcode-declaration-hint = see "Shortcodes" in the README for how a shortcode declares its arguments

field-control-character-hint = remove it; it often comes with text copied out of another program
field-not-finite-hint = write the number itself, e.g. value = 12

walk-link-loop = this symbolic link points back to one of its own parent folders (a loop)
walk-link-outside-hint = copy what it points to into the site; a site that means it sets allow_outside_links = true in site.toml
walk-link-loop-hint = remove the link or point it somewhere else
walk-unreadable-hint = check that the file exists and that keng may read it

check-external-hint = check the address in a browser; update or remove the link if the page is gone

check-link-missing-hint = fix the address, or link to the file with @/section/file.md so keng checks it as you build
check-link-from-template-hint = the link comes from a template, not from content: fix it in templates/ (or the theme)

lint-image-without-alt = an image without alt text: screen readers and slow connections show nothing in its place
lint-placeholder-hint = replace it with the real value
lint-image-without-alt-hint = describe the picture between the brackets: ![Hội nghị tổng kết năm 2020](anh.jpg)
check-external-status = external link { $url } answers HTTP { $status }
check-external-unreachable = external link { $url } cannot be reached: { $detail }
check-link-missing = link to { $url }, but the site has no such page or file
check-link-anchor-missing = link to { $url }, but that page has no element with id "{ $anchor }"
check-link-on-many-pages = { $problem } (and { $others } other { $others ->
        [one] page
       *[other] pages
    })
check-bundle-file-unlinked = nothing links to this file of the page bundle { $bundle }
check-bundle-file-unlinked-hint = link it from the page, e.g. [{ $file }]({ $file }), or remove it
check-bundle-photo-unlinked-hint = show it on the page, e.g. ![what it shows]({ $file }), or remove it
emit-previous-not-deleted = the new output is in place, but the previous one could not be deleted: { $reason }
emit-swap-failed = cannot put the new output in place of the previous one: { $reason }
emit-leftover-not-removed = cannot remove what an earlier build left here: { $reason }

## Fields of entries and kinds

type-text = a string
type-markdown = a string (Markdown)
type-integer = a whole number
type-count = a whole number from 0 to { $max }
type-url = a path on this site (anh.jpg, /anh/a.jpg) or an http(s) address
type-number = a number
type-bool = true or false
type-date = a date like 2020-12-31 or 2020-12-31T14:00:00+07:00
type-text-list = a list of strings
type-enum = one of { $values }
type-enum-list = a list of values from { $values }
type-figures = a table of label = number
type-reports = a list of { "{" } channel = "...", contact = "..." { "}" } tables
type-coordinates = [latitude, longitude]
type-polygon = a CAP polygon: "lat,lon lat,lon lat,lon lat,lon" with the first point repeated last
type-circle = a CAP circle: "lat,lon radius" (radius in km)
value-as-written = { $value }
value-of-type = { $ty } { $value }
field-required-missing = missing required field `{ $field }` (kind `{ $kind }`)
field-required-missing-hint = add a line like { $field } = { $example } ({ $ty })
field-invalid = `{ $field }` { $problem }
field-invalid-hint = `{ $field }` must be { $ty }, for example { $field } = { $example }
field-must-be = must be { $ty }, found { $found }
field-url-unsafe = must be { $ty }, found "{ $found }" (an address that could run script or hide content)
field-date-invalid = is not a valid date: { $found }
field-enum-item-invalid = has "{ $found }", which is not one of the allowed values
field-figure-not-number = has "{ $label }" = { $found }, which is not a number
field-report-not-table = item { $item } is { $found }, not a { "{" } channel = "...", contact = "..." { "}" } table
field-report-key-missing = item { $item } has no text `{ $key }`
field-report-key-unknown = item { $item } has an unknown key `{ $key }`
field-control-character = `{ $key }` holds an invisible control character ({ $code })
field-not-finite = `{ $key }` holds { $written }, which is not a number a page can show
field-wrong-type = `{ $key }` must be { $expected }, found { $found }
field-wrong-type-hint = write it like { $key } = { $example }
field-negative = `{ $key }` must not be negative, found { $found }
field-negative-hint = use 0 or a positive number
field-date-not-valid = `{ $key }` is not a valid date: { $found }
field-date-not-valid-hint = write a date like { $key } = 2020-12-31 or { $key } = 2020-12-31T14:00:00+07:00
field-not-text-list = `{ $key }` must be a list of strings
field-not-text-list-hint = write it like { $key } = ["an ninh", "lừa đảo"]
field-not-allowed = `{ $key }` must be one of { $allowed }, found "{ $found }"
field-not-allowed-hint = write for example { $key } = { $example }
field-unknown-key = unknown key `{ $key }`
field-unknown-key-suggest-hint = did you mean `{ $suggestion }`? Custom values go under [extra]
field-unknown-key-hint = custom values go under [extra]; see the README for the keys keng knows
entry-unreadable = cannot read this { $kind } entry: { $detail }
entry-unreadable-hint = check the field types against the README
kind-unknown = unknown kind { $found }
kind-unknown-hint = kinds are: { $kinds } (a site adds its own under [kinds.NAME] in site.toml)
kind-built-in = kind `{ $name }` is built in and cannot be redefined
new-no-file-name = cannot make a file name from "{ $title }"
new-no-section = no section has kind = "{ $kind }"
new-no-section-hint = add kind = "{ $kind }" to the _index.md of the folder that should hold these entries
guide-related-missing = related guide `{ $related }` does not exist: there is no content/{ $target }
alert-expired-urgent = this alert expired on { $expired } but its urgency still says "{ $urgency }"

## Photos

image-unknown-format = it is not a JPEG, PNG or WebP image
image-too-large = it is { $width }×{ $height } pixels, more than the { $max } megapixels keng opens
image-broken = it cannot be read as an image: { $detail }
image-unusable = cannot use this image: { $problem }
image-refused-format = keng does not publish .{ $extension } photos: browsers cannot show them, and they carry the camera's metadata (often where it was taken)
markdown-image-missing = image `{ $address }` not found: no such photo in this page's folder or in content/
markdown-image-missing-hint = put the photo beside the entry (a page bundle: tin-tuc/bai/index.md with tin-tuc/bai/anh.jpg) or give its path from the site root, e.g. /anh/hoi-nghi.jpg for content/anh/hoi-nghi.jpg
markdown-image-unusable = cannot use image `{ $address }`: { $problem }
markdown-image-unusable-hint = save it again as JPEG, PNG or WebP (a phone photo as it is works)

## Shortcodes

shortcode-unknown = unknown shortcode `{ $name }`
shortcode-unknown-suggest-hint = did you mean `{ $suggestion }`? Shortcodes of this site: { $list }
shortcode-unknown-hint = shortcodes of this site: { $list }; a site adds its own as templates/shortcodes/NAME.html
shortcode-script-address = argument `{ $key }` of `{ $name }` is a script address
shortcode-script-address-hint = shortcode arguments may not start with javascript:, vbscript: or data:; give an http(s) address or a path on this site
shortcode-syntax-name-expected = an argument name (like `title`) or `)` expected here
shortcode-syntax-equals-expected = `=` expected after the argument name `{ $key }`
shortcode-argument-twice = argument `{ $key }` is given twice
shortcode-argument-twice-hint = give each argument once
shortcode-syntax-comma-expected = `,` or `)` expected after the argument's value
shortcode-syntax-list-strings = a list holds quoted strings: ["a", "b"]
shortcode-syntax-list-comma = `,` or `]` expected in the list
shortcode-syntax-value = a value is a quoted string, a number, true, false or a list: title="Họp dân", n=3
shortcode-syntax-unclosed-string = this string has no closing { $quote }
shortcode-syntax-hint = shortcode arguments look like name(key="text", n=3, on=true, items=["a", "b"])
shortcode-block-unclosed = block shortcode `{ $name }` is not closed
shortcode-block-unclosed-hint = end its body with { "{%" } end { "%}" } on a line of its own
shortcode-no-parentheses = shortcode `{ $name }` needs parentheses
shortcode-no-parentheses-hint = write { $example }
shortcode-tag-unclosed = shortcode `{ $name }` is not closed: `{ $close }` expected here
shortcode-tag-unclosed-hint = a shortcode ends with `) { $close }`; to write `{ $open }` as text, use { $escaped }
shortcode-declaration-type-unknown = unknown argument type `{ $ty }`: use string, integer, float, bool, list or words like "a|b|c"
shortcode-type-text = a quoted string
shortcode-declaration-toml = the shortcode's declaration is not valid TOML: { $detail }
shortcode-declaration-body = `body` is "none", "required" or "optional"
shortcode-declaration-args = `args` is a table: [args] then name = "type" lines
shortcode-declaration-arg-type = the type of `{ $name }` is a string like "string?"
shortcode-declaration-unknown-key = unknown key `{ $key }`: a declaration has body, description and [args]
shortcode-takes-nothing = `{ $name }` takes no arguments
shortcode-takes = `{ $name }` takes { $args }
shortcode-arg-optional = { $key } (optional)
shortcode-argument-suggest-hint = did you mean `{ $suggestion }`? { $takes }
shortcode-argument-unknown = shortcode `{ $name }` has no argument `{ $key }`
shortcode-argument-type = argument `{ $key }` of `{ $name }` is { $ty }, given { $given }
shortcode-argument-type-hint = write { $key }={ $example }
shortcode-argument-missing = shortcode `{ $name }` needs the argument `{ $key }`
shortcode-argument-missing-hint = add { $key }={ $example }; { $takes }
shortcode-body-unexpected = shortcode `{ $name }` takes no body
shortcode-body-unexpected-hint = write it inline: { "{{" } { $name }(…) { "}}" }, without { "{%" } end { "%}" }
shortcode-body-missing = shortcode `{ $name }` needs a body
shortcode-body-missing-hint = write { "{%" } { $name }(…) { "%}" } then the text, then { "{%" } end { "%}" } on a line of its own
shortcode-hotline-unknown = the site has no hotline { $number }
shortcode-hotline-none-hint = set [extra] hotline in site.toml, or list numbers in a guide's `hotlines`
shortcode-hotline-unknown-hint = known numbers: { $numbers }; others come from site.toml [extra] hotline and the guides' `hotlines`
shortcode-guide-missing = no entry content/{ $file } for `guide`
shortcode-guide-missing-hint = give the guide's file under content/, e.g. path="@/phong-chong-lua-dao/app-vay-tien.toml"
shortcode-video-unknown = `video` does not know the address { $url }
shortcode-video-unknown-hint = give the address of a video on YouTube (youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…), Facebook (facebook.com/…/videos/…, fb.watch/…) or Vimeo (vimeo.com/…); for another site, write a link

## Markdown

markdown-internal-link-missing = internal link to `@/{ $file }`, but there is no content/{ $file }
markdown-image-removed = this image was removed: its address `{ $url }` is not a web, mail or phone address
markdown-link-removed = this link was removed: its address `{ $url }` is not a web, mail or phone address
markdown-address-removed-hint = links and images may use http:, https:, mailto:, tel: or a path on this site
markdown-unsafe-html = raw HTML here holds script, a frame, a form or an unsafe address; it is removed from the page
markdown-unsafe-html-hint = write Markdown instead; a site whose editors are all trusted may set [markdown] unsafe_html = true
markdown-h1-demoted = a `#` heading in the text is shown as a `##` heading: the page title is its only top-level heading
markdown-h1-demoted-hint = start the text's headings at ##

## Build

static-copy-failed = cannot copy this static file: { $reason }
headers-write-failed = cannot write: { $reason }
lint-placeholder = "{ $placeholder }" is still here: this value was never filled in
lint-duplicate-title = the title "{ $title }" is also the title of { $other }
lint-duplicate-title-hint = readers and search engines cannot tell the two apart; make one title more specific
lint-no-summary = this article has no summary; lists, feeds and search results will show its title only
lint-no-summary-hint = add summary = "..." to the front matter, or a line <!-- more --> after the first paragraph
lint-image-alt-missing = `image` has no `image_alt`: the picture is invisible to screen readers
lint-image-alt-missing-hint = add image_alt = "what the picture shows"
lint-future-date = the date { $date } is in the future; the entry is published now with that date
lint-future-date-hint = correct the date, or keep the entry as draft = true until then
load-front-matter-hint = start the file with front matter between two +++ lines, for example:
    { $example }
anchor-no-headings-hint = { $page } has no headings to link to
anchor-headings-hint = headings of { $page }: { $ids }
anchor-missing = link to #{ $anchor } in { $page }, but that page has no heading with this id
shortcode-failed = shortcode `{ $name }` failed: { $detail }
shortcode-failed-hint = fix the shortcode's template (named above), or the arguments it was given
shortcode-end-without-block = `{ "{%" } end { "%}" }` without a block shortcode to close
shortcode-end-without-block-hint = remove it, or open the block before it, e.g. { "{%" } callout(type="note") { "%}" }
shortcode-link-in-link = shortcode `{ $name }` makes a link but stands inside a link
shortcode-link-in-link-hint = take it out of the link's [text](…)
shortcode-block-in-sentence = shortcode `{ $name }` makes a block (a box or a figure) but stands inside a sentence
shortcode-block-in-sentence-hint = put it on a line of its own, with nothing else on that line

## Templates

template-error = { $detail }
template-error-rendering = { $detail } (while rendering { $page })
template-error-many-pages = { $problem } and { $others } other { $others ->
        [one] page
       *[other] pages
    }
template-parent-missing = extends template `{ $parent }`, which does not exist
template-available-hint = available templates: { $names }
template-not-found = template `{ $name }` not found
template-not-found-rendering = template `{ $name }` not found (while rendering { $page })
template-unknown-function-hint = keng's filters and functions are listed in the README (Templates); Tera's own at https://keats.github.io/tera/docs/
theme-missing = theme "{ $name }" not found: there is no folder { $dir }
template-missing = template `{ $name }` does not exist
template-missing-hint = put { $name } in templates/, or use one of: { $names }
output-write-failed = cannot write this output file: { $reason }
resolve-url-twice = the URL { $url } is produced both by { $first } and by { $second }
resolve-owner-search = keng's search page
resolve-owner-taxonomy = taxonomy `{ $name }` of site.toml
resolve-owner-alias = { $file } (in its aliases)
resolve-alias-unsafe = alias { $alias } is not a new path inside the site
resolve-no-slug = cannot make a URL from "{ $wanted }": it has no letters or digits
walk-link-outside = this symbolic link leads outside the site folder, to { $target }
walk-unreadable = cannot read this path: { $detail }
serve-watch-failed = cannot watch the site folder: { $detail }

## keng serve

serve-overlay-heading = keng: the build failed; the last good pages are shown underneath.
serve-start-failed = cannot start: { $detail }
serve-port-in-use-hint = another program uses port { $port }; choose another with --port { $next }
serve-listen-hint = check --bind and --port
serve-listen-failed = cannot listen on { $address }: { $detail }
serve-not-loopback = warning: serving on { $address } makes the preview (drafts included) reachable from other machines
serve-built = Built { $files } files in { $ms } ms
serve-first-build-failed = The build failed; the page shows why:
    { $findings }
serve-serving = Serving { $address } (Ctrl-C to stop)
serve-stopped-by-error = the server stopped: { $detail }
serve-stopped = Stopped.
serve-build-failed = Build failed after { $changed } ({ $ms } ms); the last good pages stay served:
    { $findings }
serve-updated = Updated { $changed } in { $ms } ms
serve-copied = Copied { $changed } in { $ms } ms
serve-rebuilt = Rebuilt after { $changed } in { $ms } ms
label-help = help
count-findings = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## The command line

cli-about = Static site generator for public community-safety information
cli-usage = Usage:
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-placeholder-options = OPTIONS
cli-placeholder-command = COMMAND
cli-help = Print help
cli-version = Print the version
cli-quiet = Print only errors
cli-verbose = Print more: the time each build stage took, every file a deploy sends
cli-lang = The language of keng's messages: vi or en (else KENG_LANG, the locale, the site's language)
cli-build-about = Build the site into the output folder (ROOT/public by default)
cli-build-root = The site folder, holding site.toml and content/ (default: the current folder)
cli-build-output = Where to write the site (default: ROOT/public)
cli-build-base-url = Use this base URL instead of site.toml's base_url
cli-build-drafts = Include entries marked draft = true
cli-build-now = Pin the clock for date-dependent output (RFC 3339, e.g. 2021-01-01T08:00:00+07:00)
cli-check-about = Check the site without writing it: errors, broken links, missing files, warnings
cli-check-root = The site folder (default: the current folder)
cli-check-external = Also request every link to another site
cli-check-format = Output for people (text, the default) or for scripts and CI (json)
cli-check-drafts = Include entries marked draft = true
cli-check-now = Pin the clock for date-dependent checks (RFC 3339)
cli-serve-about = Preview the site with live reload while you edit (never writes public/)
cli-serve-root = The site folder (default: the current folder)
cli-serve-bind = Address to listen on (default 127.0.0.1); anything else makes the preview reachable from other machines
cli-serve-port = Port to listen on (default 1111; 0: any free port)
cli-serve-drafts = Include entries marked draft = true
cli-serve-open = Open the site in the browser
cli-new-about = Start a new entry of a kind: keng new article "Cảnh báo lừa đảo qua điện thoại"
cli-new-kind = article, model, sign, camera, guide, alert, or a kind of site.toml
cli-new-title = The entry's title; its file name is made from it
cli-new-root = The site folder (default: the current folder)
cli-deploy-about = Publish the last build to a target of [[deploy.targets]], sending only what changed
cli-deploy-root = The site folder, holding site.toml (default: the current folder)
cli-deploy-output = The build to publish (default: ROOT/public)
cli-deploy-target = The target's name in site.toml (default: the first target)
cli-deploy-dry-run = Only list what would be uploaded and deleted, with counts and bytes
cli-deploy-no-delete = Keep files on the target that the build no longer has
cli-deploy-build = Build first; deploy only if the build succeeded
cli-init-about = Create a small working site in a new folder
cli-init-dir = The folder to create
cli-init-force = Write into a folder that is not empty
cli-explain-about = Explain a finding's code (K0204): what it means, an example and the fix
cli-explain-code = The code, e.g. K0204; without it, every code is listed
cli-error-invalid-value = "{ $value }" is not a valid value for { $arg }; possible values: { $valid }
cli-error-missing-value = { $arg } needs a value
cli-error-value-validation = "{ $value }" is not a valid value for { $arg }: { $detail }
cli-error-unknown-argument = unexpected argument { $arg }
cli-error-unknown-argument-suggest = unexpected argument { $arg }; did you mean { $suggestion }?
cli-error-unknown-command = unknown command { $command }
cli-error-unknown-command-suggest = unknown command { $command }; did you mean { $suggestion }?
cli-error-missing-argument = this command needs { $arg }
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-unexpected-value = unexpected value "{ $value }" for { $arg }
cli-error-more = For more, run the command with --help.
cli-keng-lang-ignored = KENG_LANG={ $value } is not a language keng speaks (vi, en); it is ignored.
cli-now-invalid = { $detail }; expected RFC 3339 like 2021-01-01T08:00:00+07:00

## Summaries and progress

progress-building = Building
progress-deploying = Deploying
summary-no-kinds = {""}
summary-kinds = {" "}({ $kinds })
summary-no-photos = {""}
summary-photos = ; { $photos ->
        [one] 1 photo
       *[other] { $photos } photos
    }, { $made ->
        [one] 1 version
       *[other] { $made } versions
    } made
build-summary = Built { $pages } pages{ $kinds } and { $sections } sections into { $output } in { $ms } ms: { $findings } ({ $written } files written, { $unchanged } unchanged, { $removed } removed){ $photos }.
build-failed = Build failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }. The previous output was left as it was.
check-summary = Checked { $pages } pages{ $kinds } and { $sections } sections in { $ms } ms: { $findings }.
new-created = Created { $file }. Fill in the fields marked { $placeholder }, then run keng build.
init-created = Created a site with { $files } files in { $dir }. Next: cd { $dir } && keng build
deploy-nothing-deployed = Nothing was deployed.
deploy-failed = Deploy failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }.
deploy-line-delete = delete  { $file }
deploy-line-new = upload  { $step }  { $file }  { $size } (new)
deploy-line-changed = upload  { $step }  { $file }  { $size } (changed)
deploy-summary-dry-run = Dry run for { $target } ({ $place }), nothing was sent
deploy-summary-done = Deployed to { $target } ({ $place }) in { $seconds } s
deploy-summary-kept = , { $kept } kept (--no-delete)
deploy-summary = { $head }: { $nothing ->
        [true] nothing changed:{" "}
       *[other] {""}
    }{ $uploaded ->
        [one] 1 file
       *[other] { $uploaded } files
    } { $dry ->
        [true] to upload
       *[other] uploaded
    } ({ $size }; { $new } new, { $changed } changed), { $deleted } { $dry ->
        [true] to delete
       *[other] deleted
    }{ $kept }, { $unchanged } unchanged.
explain-list-heading = Codes of keng's findings; keng explain CODE tells more of one:
explain-unknown-code = { $code } is not a code of keng's; keng explain lists them all
build-stage-time = { $stage } { $ms } ms

serve-foreign-host = keng serve answers only requests for localhost or an IP address of this machine. Open the address keng printed (http://127.0.0.1:PORT/).
serve-not-found = Not found
