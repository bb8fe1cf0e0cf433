//! Error messages in the user's language. The library's errors speak English for the command line;
//! the editor says the same in Chinese, one line each, with the file and, where there is one, the
//! place in it (`FILE:LINE:COL`). Command-line advice such as `--encoding` becomes what to do in
//! the editor.

use std::path::Path;

use super::i18n::Lang;
use crate::disk::WriteError;
use crate::import::ErrorKind;

/// Why a text file could not be imported.
pub fn import(e: &crate::import::Error, lang: Lang) -> String {
    if lang == Lang::English {
        return e.to_string();
    }
    let file = e.path.display();
    match &e.kind {
        ErrorKind::Read(io) => format!("{file}：无法读取文件（{}）", system(io)),
        ErrorKind::Empty => format!("{file}：文件是空的"),
        ErrorKind::Blank => format!("{file}：文件里只有空行，没有文字"),
        ErrorKind::Binary { offset } => {
            format!("{file}：这不是文本文件（第 {offset} 字节起是二进制内容）")
        }
        ErrorKind::Malformed {
            encoding,
            line,
            col,
            count,
        } => format!(
            "{file}:{line}:{col}：这里不是有效的 {encoding} 文字（全文共 {count} 处坏字节），文件可能已损坏"
        ),
        ErrorKind::UnsureEncoding { guess } => format!(
            "{file}：无法确定文件的编码（像是 {guess}），请用记事本另存为 UTF-8 或 GB18030 后再导入"
        ),
        ErrorKind::UnknownEncoding(name) => format!("未知的编码 {name}"),
        ErrorKind::OldWord => format!(
            "{file}：这是旧版 Word（.doc）、WPS 或加了密码的 Word 文件，无法读取；请在 Word 或 WPS 里另存为 .docx（不加密码）或 .txt 后再导入"
        ),
        ErrorKind::Docx(why) => format!(
            "{file}：这个 Word 文件无法读取（{why}）；请在 Word 或 WPS 里重新另存为 .docx 或 .txt"
        ),
        ErrorKind::Picture(why) => {
            format!("{file}：不是能读取的 JPEG 或 PNG 图片（{why}）")
        }
        ErrorKind::TextTooLong { line, chars } => format!(
            "{file}：{}有 {chars} 个字，超过一段所能容纳的 {} 字；请分段后再导入",
            line.map_or_else(|| "一段".to_owned(), |l| format!("第 {l} 行")),
            crate::model::ranges::MAX_TEXT_CHARS
        ),
        ErrorKind::PictureTooLarge((w, h)) => format!(
            "{file}：图片有 {w} × {h} 像素，超过 banmian 能印的大小（最多 {} 百万像素，每边 {}），请缩小后再用",
            crate::picture::MAX_PIXELS / 1_000_000,
            crate::picture::MAX_SIDE
        ),
    }
}

/// Why a layout file could not be read or written.
pub fn store(e: &crate::store::Error, lang: Lang) -> String {
    use crate::store::Error;
    if lang == Lang::English {
        return e.to_string();
    }
    match e {
        Error::Io { path, error } => format!("{}：{}", path.display(), system(error)),
        Error::Write { path, error } => write(path, error, lang),
        Error::Syntax {
            path,
            line,
            col,
            message,
        } => format!(
            "{}:{line}:{col}：不是有效的版面文件（{message}）",
            path.display()
        ),
        Error::TooNew { path, found } => format!(
            "{}：这个版面由较新的 banmian 保存（格式第 {found} 版），请更新 banmian 后再打开",
            path.display()
        ),
        Error::TemplateTooNew { path, found } => format!(
            "{}：这个模板由较新的 banmian 保存（格式第 {found} 版），请更新 banmian 后再使用",
            path.display()
        ),
        Error::UnknownVersion { path, found } => format!(
            "{}：版面格式第 {found} 版不是 banmian 写出的版本（应为 1 到 {}）",
            path.display(),
            crate::model::FORMAT_VERSION
        ),
        Error::Invalid { path, message } => {
            format!("{}：不是有效的版面文件（{message}）", path.display())
        }
        Error::Unreadable(why) => format!("这个版面写出后无法再打开（{why}），所以没有写出"),
        Error::Serialize(error) => format!("无法写出版面：{error}"),
    }
}

/// Why `path` was not written.
pub fn write(path: &Path, e: &WriteError, lang: Lang) -> String {
    if lang == Lang::English {
        return format!("{}: {e}", path.display());
    }
    let why = match e {
        WriteError::Symlink => "这是一个符号链接，请直接写到它指向的文件".to_owned(),
        WriteError::NotAFile => "这不是普通文件".to_owned(),
        WriteError::Io(io) => system(io),
    };
    format!("{}：{why}", path.display())
}

/// Why the page could not be written as text, or what writing it as UTF-8 instead was for.
pub fn text(e: &crate::export::Error, lang: Lang) -> String {
    use crate::export::Error;
    if lang == Lang::English {
        return e.to_string();
    }
    match e {
        Error::UnknownEncoding(name) => format!("未知的文本编码 {name}"),
        Error::Unencodable { encoding, ch, line } => {
            format!("第 {line} 行的“{ch}”无法用 {encoding} 写出")
        }
    }
}

/// Why the page could not be printed as a picture.
pub fn png(e: &crate::export::png::Error, lang: Lang) -> String {
    use crate::export::png::Error;
    if lang == Lang::English {
        return e.to_string();
    }
    match e {
        Error::Resolution(dpi, w, h, most) => {
            format!("{dpi} dpi 的图片有 {w:.0} × {h:.0} 像素，太大了；请选 10 到 {most:.0} dpi")
        }
        Error::PageTooLarge(w, h) => {
            format!("{w:.0} × {h:.0} 毫米的版面太大，无法存为图片；请导出 PDF")
        }
        Error::Font(family) => broken_font(family),
        Error::Encode(why) => format!("PNG 编码失败：{why}"),
    }
}

/// Why the e-paper could not be made or written.
pub fn site(e: &crate::export::html::Error, lang: Lang) -> String {
    use crate::export::html::Error;
    if lang == Lang::English {
        return e.to_string();
    }
    match e {
        Error::NotEmpty(dir) => format!("{}：文件夹中已有其他文件", dir.display()),
        Error::Write { path, error } => write(path, error, lang),
        Error::Png(e) => png(e, lang),
    }
}

/// Why the page could not be printed as PDF.
pub fn pdf(e: &crate::export::pdf::Error, lang: Lang) -> String {
    use crate::export::pdf::Error;
    if lang == Lang::English {
        return e.to_string();
    }
    match e {
        Error::PageSize(w, h) => format!("{w} × {h} 点的版面大小无法打印"),
        Error::Font(family) => broken_font(family),
        Error::Write(why) => format!("PDF 写出失败：{why:?}"),
    }
}

/// A font that cannot be read: a damaged installed font, or a damaged program.
fn broken_font(family: &str) -> String {
    format!("字体“{family}”无法读取（字体文件已损坏，请重新安装该字体或本程序）")
}

/// What the system said, in Chinese for the common cases.
fn system(e: &std::io::Error) -> String {
    use std::io::ErrorKind as Io;
    let said = match e.kind() {
        Io::NotFound => "找不到这个文件或文件夹",
        Io::PermissionDenied => "没有权限",
        Io::IsADirectory => "这是一个文件夹",
        Io::StorageFull => "磁盘已满",
        Io::ReadOnlyFilesystem => "磁盘是只读的",
        Io::OutOfMemory => "内存不足",
        Io::InvalidData => "内容无效",
        _ => return format!("系统错误：{e}"),
    };
    said.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_names_the_place_and_english_is_the_library_text() {
        let e = crate::import::Error {
            path: "稿件.txt".into(),
            kind: ErrorKind::Malformed {
                encoding: "UTF-8",
                line: 3,
                col: 7,
                count: 1,
            },
        };
        let zh = import(&e, Lang::Chinese);
        assert!(zh.starts_with("稿件.txt:3:7："), "{zh}");
        assert!(!zh.contains("--encoding"), "{zh}");
        assert_eq!(import(&e, Lang::English), e.to_string());
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let e = crate::store::Error::Io {
            path: "版面.ron".into(),
            error: missing,
        };
        assert_eq!(store(&e, Lang::Chinese), "版面.ron：找不到这个文件或文件夹");
        let e = crate::export::png::Error::PageTooLarge(3000.0, 4000.0);
        assert!(png(&e, Lang::Chinese).contains("请导出 PDF"));
        let e = crate::export::Error::Unencodable {
            encoding: "Big5",
            ch: '䏰',
            line: 3,
        };
        assert_eq!(text(&e, Lang::Chinese), "第 3 行的“䏰”无法用 Big5 写出");
    }
}
