#!/usr/bin/env python3
"""Trunk post_build hook (see Trunk.toml): Content-Security-Policy and the offline single file.

Runs after Trunk has written everything to its staging directory and before it replaces
dist/ with it. It uses only the Python standard library.

1. index.html gets a CSP <meta> as its first element in <head>. In release builds the
   policy is strict: scripts only from 'self' plus the sha256 hashes of the inline scripts
   Trunk wrote (its module loader). `connect-src 'self'` is needed there, because the hosted
   page fetches its own .wasm. Debug builds (`trunk serve`) get a relaxed policy that lets
   Trunk's live-reload script and web socket work.
2. Release builds also get phusong.html: the whole app in one file that runs from file://
   (double-click on a network share). The JS glue is inlined in a <script type="module">,
   the wasm is gzipped in a data block (a <script> type that never runs), unzipped and
   compiled in the browser (DecompressionStream, WebAssembly.compileStreaming); the CSS is
   inlined (url() references as data: URIs). Nothing in it refers to any other file; its CSP
   allows only its own inline script and style (by sha256) and connects nowhere.
   It is a windows-1252 page: everything but its data blocks is ASCII (other characters are
   escaped: &#N; in HTML, \\uXXXX in scripts, \\XXXXXX in styles), and the blocks carry their
   bytes as they are, one character each, but NUL, CR, '<', '=' and 0x80-0x9F written as '='
   and the byte XOR 0x40 (crates/share/src/text.rs says why; base64 would cost a third more,
   and a shared report, this file with its data inside, must stay small).
3. Release builds carry the bundled sample as an .xlsx (written by app/build.rs into its
   OUT_DIR) in a data block of both pages (base64 in index.html, which a server may call
   UTF-8; raw in phusong.html), which the app decodes only when the user downloads it
   ("Dữ liệu mẫu dạng Excel"): in the wasm it would pass its 1 MB budget.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import mimetypes
import os
import re
import sys
from pathlib import Path

OFFLINE_NAME = "phusong.html"
# id of the data block that carries the wasm in the offline file.
WASM_BLOCK_ID = "phusong-wasm-gz"
# id of the data block that carries the sample as .xlsx (app/src/sample.rs reads it).
SAMPLE_XLSX_BLOCK_ID = "phusong-sample-xlsx"
# The same ids are in crates/share/src/page.rs (which makes a shared report of this page).
# A data block's data-encoding: "raw" (windows-1252 page, escaped as above) or "base64".
RAW = "raw"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Shared by both policies; script-src, style-src and connect-src are added per file.
COMMON_POLICY = [
    "default-src 'none'",
    "img-src {self}data: blob:",
    "font-src {self}data:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
]

SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
STYLE_RE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.S | re.I)
LINK_RE = re.compile(r"<link\b[^>]*>", re.I)
ATTR_RE = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
CSS_URL_RE = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def fail(message: str) -> None:
    print(f"post_build.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def attrs(tag: str) -> dict[str, str]:
    return {k.lower(): v.strip("\"'") for k, v in ATTR_RE.findall(tag)}


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_hashes(html: str) -> tuple[list[str], list[str]]:
    """sha256 sources of every inline <script> (without src, executable) and <style>."""
    scripts = []
    for attr_text, body in SCRIPT_RE.findall(html):
        a = attrs(attr_text)
        if "src" in a:
            continue
        kind = a.get("type", "").lower()
        if kind not in ("", "module", "text/javascript", "application/javascript"):
            continue  # data blocks (e.g. application/json) are not executed, CSP ignores them
        scripts.append(csp_hash(body))
    styles = [csp_hash(body) for _, body in STYLE_RE.findall(html)]
    return sorted(set(scripts)), sorted(set(styles))


def policy(script_src: list[str], style_src: list[str], connect_src: str, self_: bool) -> str:
    parts = [p.format(self="'self' " if self_ else "") for p in COMMON_POLICY]
    parts.insert(1, "script-src " + " ".join(script_src))
    parts.insert(2, "style-src " + " ".join(style_src))
    parts.insert(3, "connect-src " + connect_src)
    return "; ".join(parts)


def insert_csp(html: str, csp: str) -> str:
    if 'http-equiv="Content-Security-Policy"' in html:
        fail("index.html already has a Content-Security-Policy meta; the hook writes it")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
    # The policy only covers what comes after it: put it right after <meta charset>.
    m = re.search(r"<meta\s+charset[^>]*>", html, re.I) or re.search(r"<head\b[^>]*>", html, re.I)
    if not m:
        fail("no <head> in index.html")
    return html[: m.end()] + "\n    " + meta + html[m.end() :]


def data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix == ".woff2":
        mime = "font/woff2"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def inline_css(css: str, css_dir: Path) -> str:
    def repl(m: re.Match[str]) -> str:
        ref = m.group(2).strip()
        if ref.startswith(("data:", "#")):
            return m.group(0)
        target = (css_dir / ref.split("?")[0].split("#")[0]).resolve()
        if not target.is_file():
            fail(f"CSS refers to {ref!r}, which is not in the build output")
        return f'url("{data_uri(target)}")'

    return CSS_URL_RE.sub(repl, css)


def local_file(staging: Path, href: str) -> Path:
    path = (staging / href.split("?")[0].lstrip("/").removeprefix("./")).resolve()
    if not path.is_file():
        fail(f"{href!r} is referenced by index.html but not in {staging}")
    return path


def boot_script(glue: str) -> str:
    if re.search(r"^\s*import\b", glue, re.M):
        fail("the wasm-bindgen glue imports other modules (JS snippets?); inline them first")
    if "</script" in glue.lower():
        fail("the wasm-bindgen glue contains '</script'")
    # `export { initSync, __wbg_init as default };` (or older: `export default __wbg_init;`)
    m = re.search(r"^export\s*\{[^}]*?\b(\w+)\s+as\s+default\b", glue, re.M) or re.search(
        r"^export default (\w+);", glue, re.M
    )
    if not m:
        fail("no default export (the async init) in the wasm-bindgen glue (wasm-bindgen changed?)")
    init = m.group(1)
    # The glue stays an ES module (its `export`s are legal, if unused, in an inline module).
    # Its init takes the compiled module: no fetch, so connect-src can stay 'none'.
    return f"""{glue}
// ---- phusong offline boot: the wasm is gzipped in the data block #{WASM_BLOCK_ID} ----
// A raw data block's bytes (crates/share/src/text.rs, `unescape`): one character each, but
// those written as '=' and the byte XOR 0x40.
function phusongBytes(text) {{
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {{
    let c = text.charCodeAt(i);
    if (c === 0x3D) c = text.charCodeAt(++i) ^ 0x40;
    if (!(c <= 0xFF)) throw new Error("phusong: damaged data block at " + i);
    out[n++] = c;
  }}
  return out.subarray(0, n);
}}
async function phusongWasmModule() {{
  if (document.characterSet !== "windows-1252") {{
    const boot = document.getElementById("boot");
    if (boot) boot.textContent = "Tệp này đã bị đọc sai bảng mã (" + document.characterSet +
      "): hãy mở tệp trực tiếp bằng trình duyệt (nhấp đúp vào tệp). " +
      "This file was read in the wrong encoding: open it directly in the browser (double-click it).";
    throw new Error("phusong: page decoded as " + document.characterSet + ", not windows-1252");
  }}
  const gz = phusongBytes(document.getElementById("{WASM_BLOCK_ID}").textContent);
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  // Compiled while it is unzipped (a constructed Response, nothing is fetched).
  const module = typeof WebAssembly.compileStreaming === "function"
    ? await WebAssembly.compileStreaming(new Response(stream, {{ headers: {{ "Content-Type": "application/wasm" }} }}))
    : await WebAssembly.compile(await new Response(stream).arrayBuffer());
  performance.mark("phusong:wasm-unpacked");
  return module;
}}
const phusongWasm = await {init}({{ module_or_path: await phusongWasmModule() }});
performance.mark("phusong:started");
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {{ detail: {{ wasm: phusongWasm }} }}));
"""


def escape_raw(data: bytes) -> bytes:
    """`data` as it goes into a raw data block of a windows-1252 page (crates/share/src/text.rs,
    `escape`): NUL, CR, '<', '=' and 0x80-0x9F as '=' and the byte XOR 0x40."""
    return re.sub(rb"[\x00\r<=\x80-\x9f]", lambda m: b"=" + bytes([m.group()[0] ^ 0x40]), data)


def raw_block(attributes: str, data: bytes) -> bytes:
    return f'<script {attributes} data-encoding="{RAW}">'.encode("ascii") + escape_raw(data) + b"</script>"


def wasm_block(wasm: bytes) -> bytes:
    """The wasm, gzipped, in a raw data block: a <script> of a type browsers do not run (CSP
    ignores it), read by the boot script; the JS parser never scans it."""
    gz = gzip.compress(wasm, compresslevel=9, mtime=0)
    return raw_block(f'type="application/octet-stream" id="{WASM_BLOCK_ID}"', gz)


def sample_xlsx() -> bytes:
    """The sample .xlsx that app/build.rs wrote (the newest, in the wasm build's OUT_DIR)."""
    source = Path(os.environ.get("TRUNK_SOURCE_DIR", "."))
    target = Path(os.environ.get("CARGO_TARGET_DIR") or "target")
    if not target.is_absolute():
        target = source / target
    found = sorted(
        target.glob("wasm32-unknown-unknown/*/build/phusong-app-*/out/sample.xlsx"),
        key=lambda p: p.stat().st_mtime,
    )
    if not found:
        fail(f"no sample.xlsx from app/build.rs under {target}")
    return found[-1].read_bytes()


def sample_xlsx_block_base64(xlsx: bytes) -> str:
    payload = base64.b64encode(xlsx).decode("ascii")
    return f'<script type="{XLSX_TYPE}" id="{SAMPLE_XLSX_BLOCK_ID}" data-encoding="base64">{payload}</script>'


def js_ascii(code: str) -> str:
    """Non-ASCII characters of a script as \\u escapes (valid in its strings, comments and names)."""

    def esc(c: str) -> str:
        units = c.encode("utf-16-be")
        return "".join(f"\\u{units[i]:02X}{units[i + 1]:02X}" for i in range(0, len(units), 2))

    return "".join(c if ord(c) < 0x80 else esc(c) for c in code)


def css_ascii(css: str) -> str:
    """Non-ASCII characters of a style sheet as CSS escapes (six hex digits: no space needed)."""
    return "".join(c if ord(c) < 0x80 else f"\\{ord(c):06X}" for c in css)


RAW_TEXT_RE = re.compile(r"(<(script|style)\b[^>]*>)(.*?)(</\2\s*>)", re.S | re.I)


def ascii_html(html: str) -> str:
    """The page in ASCII: scripts and styles escaped in their own syntax, the rest as &#N;."""
    out = []
    at = 0
    for m in RAW_TEXT_RE.finditer(html):
        out.append(html_ascii(html[at : m.start()]))
        body = js_ascii(m.group(3)) if m.group(2).lower() == "script" else css_ascii(m.group(3))
        out.append(html_ascii(m.group(1)) + body + m.group(4))
        at = m.end()
    out.append(html_ascii(html[at:]))
    return "".join(out)


def html_ascii(text: str) -> str:
    return "".join(c if ord(c) < 0x80 else f"&#{ord(c)};" for c in text)


def offline_html(html: str, staging: Path, sample: bytes) -> bytes:
    wasm_files = sorted(staging.glob("*_bg.wasm"))
    if len(wasm_files) != 1:
        fail(f"expected exactly one *_bg.wasm in {staging}, found {[p.name for p in wasm_files]}")
    wasm_path = wasm_files[0]
    glue_path = wasm_path.with_name(wasm_path.name.removesuffix("_bg.wasm") + ".js")
    if not glue_path.is_file():
        fail(f"no wasm-bindgen glue {glue_path.name} next to {wasm_path.name}")

    def link(m: re.Match[str]) -> str:
        a = attrs(m.group(0))
        rel = a.get("rel", "").lower()
        href = a.get("href", "")
        if rel in ("modulepreload", "preload"):
            return ""  # the glue and the wasm are inlined below
        if rel == "stylesheet":
            path = local_file(staging, href)
            return "<style>" + inline_css(path.read_text("utf-8"), path.parent) + "</style>"
        if rel == "icon" and href.startswith("data:"):
            return m.group(0)
        if href and not href.startswith(("data:", "#")):
            fail(f"don't know how to inline {m.group(0)}")
        return m.group(0)

    html = LINK_RE.sub(link, html)

    loaders = 0

    def script(m: re.Match[str]) -> str:
        nonlocal loaders
        a = attrs(m.group(1))
        if "src" in a:
            fail(f"external script {a['src']!r} in index.html: not supported by the offline file")
        if glue_path.name in m.group(2):
            loaders += 1
            return ""  # Trunk's loader: replaced by our own boot script
        return m.group(0)

    html = SCRIPT_RE.sub(script, html)
    if loaders != 1:
        fail(f"expected one Trunk loader script importing {glue_path.name}, found {loaders}")

    charset = re.compile(r"""<meta\s+charset\s*=\s*["']?utf-8["']?\s*/?>""", re.I)
    if not charset.search(html):
        fail("no <meta charset=utf-8> in index.html to make windows-1252")
    html = charset.sub('<meta charset="windows-1252" />', html, count=1)

    boot = boot_script(glue_path.read_text("utf-8"))
    blocks = "<!--phusong-data-blocks-->"
    html = html.replace("</body>", f'{blocks}\n<script type="module">{boot}</script>\n</body>', 1)
    # ASCII before the hashes: the policy hashes the scripts as the browser reads them.
    html = ascii_html(html)

    scripts, styles = inline_hashes(html)
    csp = policy(["'wasm-unsafe-eval'", *scripts], styles or ["'none'"], "'none'", self_=False)
    html = insert_csp(html, csp)

    # Nothing may point outside the file.
    for m in re.finditer(r"""\s(?:src|href|action|poster|data)\s*=\s*["']?([^"'\s>]+)""", html):
        if not m.group(1).startswith(("data:", "blob:", "#")):
            fail(f"the offline file still refers to {m.group(1)!r}")
    data = (
        raw_block(f'type="{XLSX_TYPE}" id="{SAMPLE_XLSX_BLOCK_ID}"', sample)
        + b"\n"
        + wasm_block(wasm_path.read_bytes())
    )
    return html.encode("ascii").replace(blocks.encode("ascii"), data, 1)


def main() -> None:
    staging = Path(os.environ["TRUNK_STAGING_DIR"])
    release = os.environ.get("TRUNK_PROFILE", "debug") != "debug"
    index = staging / "index.html"
    base = index.read_text("utf-8")
    html = base
    if release:
        sample = sample_xlsx()
        html = html.replace("</body>", sample_xlsx_block_base64(sample) + "\n</body>", 1)

    scripts, styles = inline_hashes(html)
    if release:
        csp = policy(
            ["'self'", "'wasm-unsafe-eval'", *scripts],
            ["'self'", *styles],
            "'self'",  # the loader fetches the .wasm from the same origin
            self_=True,
        )
    else:
        # trunk serve: live reload injects an inline script and talks over a web socket.
        csp = policy(
            ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
            ["'self'", "'unsafe-inline'"],
            "'self' ws: wss:",
            self_=True,
        )
    index.write_text(insert_csp(html, csp), "utf-8")

    if release:
        out = staging / OFFLINE_NAME
        out.write_bytes(offline_html(base, staging, sample))
        print(f"post_build.py: wrote {OFFLINE_NAME} ({out.stat().st_size} bytes) and the CSP")


if __name__ == "__main__":
    main()
