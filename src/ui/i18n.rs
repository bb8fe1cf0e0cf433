//! The editor's words in Chinese and English.

use serde::{Deserialize, Serialize};

/// The language of the editor's menus and panels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// 简体中文.
    #[default]
    Chinese,
    /// English.
    English,
}

impl Lang {
    /// Chinese when the system's locale is Chinese, else English.
    pub fn from_system() -> Lang {
        match sys_locale::get_locale() {
            Some(l) if l.to_ascii_lowercase().starts_with("zh") => Lang::Chinese,
            _ => Lang::English,
        }
    }

    /// The words in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Chinese => &ZH,
            Lang::English => &EN,
        }
    }
}

/// Every label the editor shows.
#[allow(missing_docs, reason = "each field is the label it names")]
pub struct Texts {
    pub file: &'static str,
    pub edit: &'static str,
    pub view: &'static str,
    /// The Layout menu.
    pub layout: &'static str,
    /// Layout ▸ Fill the page.
    pub fill_page: &'static str,
    pub pages: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub add_page: &'static str,
    pub remove_page: &'static str,
    pub move_page_earlier: &'static str,
    pub move_page_later: &'static str,
    pub page_name: &'static str,
    /// A page's number as its header prints it, around the number: (`第`, `版`), (`Page `, ``).
    pub page_number: (&'static str, &'static str),
    pub help: &'static str,
    pub new: &'static str,
    pub open: &'static str,
    pub import_text: &'static str,
    pub save: &'static str,
    pub save_as: &'static str,
    pub export_text: &'static str,
    pub export_pdf: &'static str,
    pub export_png: &'static str,
    pub notice: &'static str,
    pub overset_not_printed: &'static str,
    pub chars_not_printed: &'static str,
    /// Export notice: style families not installed, printed in the bundled faces.
    pub families_not_installed: &'static str,
    pub recent: &'static str,
    pub page_setup: &'static str,
    pub quit: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    /// The status bar's button that makes room for the selected article's overset text.
    pub make_room: &'static str,
    /// Edit ▸ Copy (the selected article or box).
    pub copy: &'static str,
    /// Edit ▸ Cut.
    pub cut: &'static str,
    /// Edit ▸ Paste.
    pub paste: &'static str,
    /// Edit ▸ Duplicate.
    pub duplicate: &'static str,
    pub remove_frame: &'static str,
    /// The size of type in 号.
    pub hao: &'static str,
    /// Heads the message when the autosave cannot be written.
    pub autosave_failed: &'static str,
    /// Says that text was written as UTF-8 because the source's encoding cannot hold it.
    pub written_as_utf8: &'static str,
    /// Says which frames reach past the page after a page setup change.
    pub frames_off_page: &'static str,
    /// The file type of layouts in file dialogs.
    pub layout_files: &'static str,
    /// The file type of text files in file dialogs.
    pub text_files: &'static str,
    /// Show the page larger.
    pub zoom_in: &'static str,
    /// Show the page smaller.
    pub zoom_out: &'static str,
    /// Says that unplaced articles are not printed.
    pub unplaced_not_printed: &'static str,
    /// The command that sets all text afresh.
    pub reset_lines: &'static str,
    /// Says that a layout has frames on top of each other.
    pub overlaps_found: &'static str,
    /// The command that puts a picture box on the page.
    pub add_picture_box: &'static str,
    /// A picture box's name.
    pub picture_box: &'static str,
    /// Heads the row that adds a standard expression.
    pub add_expression: &'static str,
    /// The expression to look for.
    pub expression_wrong: &'static str,
    /// What to write instead.
    pub expression_right: &'static str,
    /// Where the rule comes from.
    pub expression_source: &'static str,
    /// The button that adds an entry.
    pub add: &'static str,
    /// The Check panel's name.
    pub check: &'static str,
    /// Errors, after a count.
    pub errors: &'static str,
    /// Warnings, after a count.
    pub warnings: &'static str,
    /// Says the Check panel found nothing.
    pub nothing_found: &'static str,
    /// Findings that belong to no article.
    pub whole_page: &'static str,
    /// The button that applies a certain fix.
    pub fix: &'static str,
    /// The button that accepts a finding.
    pub ignore: &'static str,
    /// The import dialog's filter: text, Word and pictures.
    pub manuscript_files: &'static str,
    /// Heads the list of what each imported file gave.
    pub import_report: &'static str,
    /// Articles, after a count.
    pub articles_word: &'static str,
    /// The switch that prints photos in grey.
    pub grayscale: &'static str,
    /// The command that copies the layout and its pictures into one folder.
    pub collect_for_output: &'static str,
    /// Says where the layout and its pictures were collected.
    pub collected: &'static str,
    /// How many pictures were copied.
    pub pictures_copied: &'static str,
    /// The command that places a picture file on the page.
    pub place_picture: &'static str,
    /// Picture files, in the file dialog's filter.
    pub picture_files: &'static str,
    /// A photo frame's name.
    pub photo: &'static str,
    /// How many photos an article has, counted: one, and more.
    pub photos_counted: (&'static str, &'static str),
    /// A photo's caption.
    pub caption: &'static str,
    /// Who took a photo.
    pub credit: &'static str,
    /// Fill the frame, cropping the picture.
    pub fit_fill: &'static str,
    /// Show the whole picture in the frame.
    pub fit_whole: &'static str,
    /// How far the crop zooms in.
    pub crop_zoom: &'static str,
    /// Dragging in the photo moves the crop.
    pub adjust_crop: &'static str,
    /// The command that removes a photo from its article.
    pub remove_photo: &'static str,
    /// Says a photo's file is not where the layout says.
    pub photo_missing: &'static str,
    /// Says a photo's file changed since it was placed.
    pub photo_changed: &'static str,
    /// A photo's resolution as printed.
    pub effective_dpi: &'static str,
    /// Says a photo prints coarser than it should.
    pub coarse_photo: &'static str,
    /// What pasted text is called where a file's name would stand, in an error.
    pub pasted_text: &'static str,
    /// A photo with more pixels than banmian prints (after its file name).
    pub photo_too_large: &'static str,
    /// The out-port that continues overset text in a new frame.
    pub continue_text: &'static str,
    /// The frames an article's text runs through.
    pub chain: &'static str,
    pub zoom_fit: &'static str,
    pub zoom_100: &'static str,
    pub grid: &'static str,
    pub language: &'static str,
    pub about: &'static str,
    pub about_text: &'static str,
    pub articles: &'static str,
    pub inspector: &'static str,
    pub no_selection: &'static str,
    pub kicker: &'static str,
    pub headline: &'static str,
    pub subtitle: &'static str,
    pub byline: &'static str,
    pub body: &'static str,
    pub paragraph: &'static str,
    pub subhead: &'static str,
    pub column_break: &'static str,
    pub add_paragraph: &'static str,
    pub add_subhead: &'static str,
    pub add_column_break: &'static str,
    pub remove: &'static str,
    pub remove_breaks: &'static str,
    pub frame: &'static str,
    pub text_columns: &'static str,
    pub measure: &'static str,
    pub base_columns: &'static str,
    /// Frame width in ems.
    pub frame_width: &'static str,
    /// The switch that makes imported column breaks start new columns.
    pub keep_printed_columns: &'static str,
    /// Text columns the headline block spans.
    pub headline_columns: &'static str,
    /// Decided by the page.
    pub auto: &'static str,
    /// Where a headline block over some columns sits.
    pub headline_align: &'static str,
    /// Over the first columns.
    pub align_left: &'static str,
    /// Over the middle columns.
    pub align_centre: &'static str,
    /// Over the last columns.
    pub align_right: &'static str,
    /// Puts the headline block in a frame of its own.
    pub detach_headline: &'static str,
    /// Puts the headline block back at the top of the text.
    pub attach_headline: &'static str,
    /// The kicker's type size.
    pub kicker_size: &'static str,
    /// The subtitle's type size.
    pub subtitle_size: &'static str,
    /// The kicker's face.
    pub kicker_face: &'static str,
    /// The headline's face.
    pub headline_face: &'static str,
    /// The subtitle's face.
    pub subtitle_face: &'static str,
    /// The serif face's name.
    pub serif: &'static str,
    /// The sans face's name.
    pub sans: &'static str,
    /// Which way the headline runs.
    pub headline_direction: &'static str,
    /// Across the top.
    pub horizontal: &'static str,
    /// Top to bottom at the left edge.
    pub vertical_left: &'static str,
    /// Top to bottom at the right edge.
    pub vertical_right: &'static str,
    /// The headline's type size.
    pub headline_size: &'static str,
    /// Free space at the foot of the page: lines × base columns.
    pub free_space: &'static str,
    /// The unit of the free space across: base columns (栏).
    pub free_columns: &'static str,
    pub lines_high: &'static str,
    pub unplaced: &'static str,
    pub placed: &'static str,
    pub chars: &'static str,
    pub lines: &'static str,
    pub overset: &'static str,
    pub unsaved: &'static str,
    pub untitled: &'static str,
    pub page_fill: &'static str,
    pub overset_articles: &'static str,
    pub unsaved_title: &'static str,
    pub unsaved_text: &'static str,
    pub discard: &'static str,
    pub cancel: &'static str,
    pub error: &'static str,
    pub ok: &'static str,
    pub restore_title: &'static str,
    pub restore_text: &'static str,
    pub restore: &'static str,
    pub width_mm: &'static str,
    pub height_mm: &'static str,
    pub margin_mm: &'static str,
    pub gutter_em: &'static str,
    pub body_size: &'static str,
    pub line_pitch: &'static str,
    pub column_rules: &'static str,
    pub drag_hint: &'static str,
    pub page: &'static str,
    pub empty_page: &'static str,
    /// The Styles dialog: its menu item, and the roles in `Role::ALL` order.
    pub styles: &'static str,
    pub roles: [&'static str; 7],
    pub style_columns: [&'static str; 3],
    pub style_face: &'static str,
    pub style_size: &'static str,
    pub style_weight: &'static str,
    pub size_auto: &'static str,
    pub size_in_page_setup: &'static str,
    pub weight_regular: &'static str,
    pub weight_bold: &'static str,
    pub bundled: &'static str,
    pub not_installed: &'static str,
    pub coverage: &'static str,
}

impl Texts {
    /// A page's number as its header prints it: `第2版`, `Page 2`; `index` counts from 0.
    pub fn page_label(&self, index: usize) -> String {
        format!("{}{}{}", self.page_number.0, index + 1, self.page_number.1)
    }

    /// The word for `n` photos after the number: `1 photo`, `2 photos`, `2 张图片`.
    pub fn photo_count(&self, n: usize) -> &'static str {
        if n == 1 {
            self.photos_counted.0
        } else {
            self.photos_counted.1
        }
    }
}

static ZH: Texts = Texts {
    file: "文件",
    edit: "编辑",
    view: "视图",
    layout: "版面",
    fill_page: "排满版面",
    pages: "版面导航",
    previous_page: "上一版",
    next_page: "下一版",
    add_page: "添加一版",
    remove_page: "删除本版",
    move_page_earlier: "本版前移",
    move_page_later: "本版后移",
    page_name: "版名",
    page_number: ("第", "版"),
    help: "帮助",
    new: "新建",
    open: "打开…",
    import_text: "导入文本…",
    save: "保存",
    save_as: "另存为…",
    export_text: "导出文本…",
    export_pdf: "导出 PDF…",
    export_png: "导出 PNG…",
    notice: "注意",
    overset_not_printed: "超版的文字没有印出：",
    chars_not_printed: "没有任何字体有这些字，印成 □：",
    families_not_installed: "这些字体没有安装，改用内置字体印出：",
    recent: "最近打开",
    page_setup: "版面设置…",
    quit: "退出",
    undo: "撤销",
    redo: "重做",
    make_room: "腾出位置",
    copy: "复制",
    cut: "剪切",
    paste: "粘贴",
    duplicate: "再制",
    remove_frame: "移出版面",
    add_picture_box: "添加图框",
    reset_lines: "重排全部",
    zoom_in: "放大",
    layout_files: "版面文件",
    written_as_utf8: "原编码写不下这些字，文本已改存为 UTF-8",
    autosave_failed: "自动保存失败",
    frames_off_page: "新的版面设置下，这些文框超出了版心，请移动或调整大小：",
    text_files: "文本文件",
    hao: "号数",
    zoom_out: "缩小",
    unplaced_not_printed: "这些稿件未上版，没有印出：",
    overlaps_found: "这些文框互相重叠，印出来会字压字，请移开：",
    picture_box: "图框",
    add_expression: "规范表述：",
    expression_wrong: "要查的写法",
    expression_right: "应写作（空：慎用）",
    expression_source: "依据",
    add: "添加",
    check: "检查",
    errors: "个错误",
    warnings: "个提醒",
    nothing_found: "没有发现问题",
    whole_page: "整个版面",
    fix: "修正",
    ignore: "忽略",
    manuscript_files: "稿件（文本、Word、图片）",
    import_report: "导入结果：",
    articles_word: "篇稿件",
    grayscale: "照片印成灰度",
    collect_for_output: "打包…",
    collected: "已打包：",
    pictures_copied: "张图片",
    place_picture: "置入图片…",
    picture_files: "图片",
    photo: "图片",
    photos_counted: ("张图片", "张图片"),
    caption: "图片说明",
    credit: "摄影署名",
    fit_fill: "填满（裁切）",
    fit_whole: "完整显示",
    crop_zoom: "裁切缩放",
    adjust_crop: "拖动调整裁切",
    remove_photo: "删除图片",
    photo_missing: "找不到图片文件，印出来是灰框：",
    photo_changed: "图片文件在置入后改变了：",
    effective_dpi: "有效分辨率",
    coarse_photo: "低于 150 dpi，印出来会模糊",
    photo_too_large: "像素太多，无法印出，印出来是灰框",
    pasted_text: "粘贴的文字",
    continue_text: "续排",
    chain: "文框",
    zoom_fit: "适合窗口",
    zoom_100: "实际大小",
    grid: "背景格",
    language: "语言",
    about: "关于版面",
    about_text: "版面：报纸排版编辑器。拖动稿件到版面上，拖动框移动，拖动右下角改变大小。",
    articles: "稿件",
    inspector: "属性",
    no_selection: "选择一篇稿件",
    kicker: "引题",
    headline: "主题",
    subtitle: "副题",
    byline: "署名",
    body: "正文",
    paragraph: "段落",
    subhead: "小标题",
    column_break: "转栏",
    add_paragraph: "加段落",
    add_subhead: "加小标题",
    add_column_break: "加转栏",
    remove: "删除",
    remove_breaks: "删除全部转栏",
    frame: "版框",
    text_columns: "分栏",
    measure: "栏宽（字）",
    base_columns: "占基本栏",
    frame_width: "宽（字）",
    keep_printed_columns: "按原版转栏",
    headline_columns: "标题占栏",
    auto: "自动",
    headline_direction: "标题方向",
    headline_align: "标题位置",
    align_left: "靠左",
    align_centre: "居中",
    align_right: "靠右",
    detach_headline: "标题单独成框",
    attach_headline: "标题并回正文框",
    kicker_size: "引题字号",
    subtitle_size: "副题字号",
    kicker_face: "引题字体",
    headline_face: "主题字体",
    subtitle_face: "副题字体",
    serif: "宋体",
    sans: "黑体",
    horizontal: "横排",
    vertical_left: "竖题（左）",
    vertical_right: "竖题（右）",
    headline_size: "主题字号",
    free_space: "剩余",
    free_columns: "栏",
    lines_high: "高（行）",
    unplaced: "未上版",
    placed: "已上版",
    chars: "字",
    lines: "行",
    overset: "超版",
    unsaved: "未保存",
    untitled: "未命名",
    page_fill: "版面占用",
    overset_articles: "超版稿件",
    unsaved_title: "有未保存的修改",
    unsaved_text: "保存对版面的修改吗？",
    discard: "不保存",
    cancel: "取消",
    error: "出错",
    ok: "确定",
    restore_title: "恢复未保存的工作",
    restore_text: "上次没有正常退出，有自动保存的版面。要恢复吗？",
    restore: "恢复",
    width_mm: "宽（毫米）",
    height_mm: "高（毫米）",
    margin_mm: "边距（毫米）",
    gutter_em: "栏间距（字）",
    body_size: "正文字号",
    line_pitch: "行距（字）",
    column_rules: "栏线",
    drag_hint: "拖到版面上",
    page: "版面",
    empty_page: "文件 > 导入文本，或把文件拖进窗口",
    styles: "文字样式…",
    roles: ["正文", "主题", "引题", "副题", "小标题", "署名", "图片说明"],
    style_columns: ["字体", "字号", "粗细"],
    style_face: "样式字体",
    style_size: "样式字号",
    style_weight: "样式粗细",
    size_auto: "自动",
    size_in_page_setup: "见版面设置",
    weight_regular: "常规",
    weight_bold: "粗体",
    bundled: "内置",
    not_installed: "未安装，暂用内置字体",
    coverage: "通用规范汉字",
};

static EN: Texts = Texts {
    file: "File",
    edit: "Edit",
    view: "View",
    layout: "Layout",
    fill_page: "Fill the page",
    pages: "Pages",
    previous_page: "Previous page",
    next_page: "Next page",
    add_page: "Add a page",
    remove_page: "Remove this page",
    move_page_earlier: "Move page earlier",
    move_page_later: "Move page later",
    page_name: "Page name",
    page_number: ("Page ", ""),
    help: "Help",
    new: "New",
    open: "Open…",
    import_text: "Import text…",
    save: "Save",
    save_as: "Save as…",
    export_text: "Export text…",
    export_pdf: "Export PDF…",
    export_png: "Export PNG…",
    notice: "Note",
    overset_not_printed: "Overset text is not printed: ",
    chars_not_printed: "No font has these characters, which print as □: ",
    families_not_installed: "These font families are not installed, so their text prints in the bundled faces: ",
    recent: "Recent files",
    page_setup: "Page setup…",
    quit: "Quit",
    undo: "Undo",
    redo: "Redo",
    make_room: "Make room",
    copy: "Copy",
    cut: "Cut",
    paste: "Paste",
    duplicate: "Duplicate",
    remove_frame: "Remove from page",
    add_picture_box: "Add picture box",
    reset_lines: "Re-set all text",
    zoom_in: "Zoom in",
    layout_files: "Layouts",
    written_as_utf8: "the text was written as UTF-8 instead",
    autosave_failed: "Autosave failed",
    frames_off_page: "With this page setup these frames reach past the type area; move or resize them:",
    text_files: "Text files",
    hao: "in 号",
    zoom_out: "Zoom out",
    unplaced_not_printed: "These articles are not on the page and are not printed: ",
    overlaps_found: "These frames overlap and would print on each other; move them apart:",
    picture_box: "Picture box",
    add_expression: "Standard expression:",
    expression_wrong: "Expression",
    expression_right: "Write instead (empty: use with care)",
    expression_source: "Source",
    add: "Add",
    check: "Check",
    errors: "errors",
    warnings: "warnings",
    nothing_found: "Nothing found",
    whole_page: "The whole page",
    fix: "Fix",
    ignore: "Ignore",
    manuscript_files: "Manuscripts (text, Word, pictures)",
    import_report: "Imported:",
    articles_word: "articles",
    grayscale: "Print photos in grey",
    collect_for_output: "Collect for output…",
    collected: "Collected:",
    pictures_copied: "pictures",
    place_picture: "Place picture…",
    picture_files: "Pictures",
    photo: "Photo",
    photos_counted: ("photo", "photos"),
    caption: "Caption",
    credit: "Credit",
    fit_fill: "Fill (crop)",
    fit_whole: "Fit whole",
    crop_zoom: "Crop zoom",
    adjust_crop: "Drag to adjust crop",
    remove_photo: "Remove photo",
    photo_missing: "Picture file missing, prints as a grey box:",
    photo_changed: "Picture file changed since it was placed:",
    effective_dpi: "Effective resolution",
    coarse_photo: "below 150 dpi: prints blurred",
    photo_too_large: "too many pixels to print: prints as a grey box",
    pasted_text: "pasted text",
    continue_text: "Continue text",
    chain: "Frames",
    zoom_fit: "Fit page",
    zoom_100: "100%",
    grid: "Character grid",
    language: "Language",
    about: "About banmian",
    about_text: "banmian: lay out a newspaper page. Drag articles onto the page, drag a frame to move it, drag its corner to resize.",
    articles: "Articles",
    inspector: "Inspector",
    no_selection: "Select an article",
    kicker: "Kicker",
    headline: "Headline",
    subtitle: "Subtitle",
    byline: "Byline",
    body: "Body",
    paragraph: "Paragraph",
    subhead: "Subhead",
    column_break: "Column break",
    add_paragraph: "Add paragraph",
    add_subhead: "Add subhead",
    add_column_break: "Add column break",
    remove: "Remove",
    remove_breaks: "Remove all column breaks",
    frame: "Frame",
    text_columns: "Text columns",
    measure: "Measure (em)",
    base_columns: "Base columns",
    frame_width: "Width (em)",
    keep_printed_columns: "Keep printed columns",
    headline_columns: "Headline over columns",
    auto: "Auto",
    headline_direction: "Headline direction",
    headline_align: "Headline place",
    align_left: "Left",
    align_centre: "Centre",
    align_right: "Right",
    detach_headline: "Headline in its own frame",
    attach_headline: "Headline back over the text",
    kicker_size: "Kicker size",
    subtitle_size: "Subtitle size",
    kicker_face: "Kicker face",
    headline_face: "Headline face",
    subtitle_face: "Subtitle face",
    serif: "Serif (宋)",
    sans: "Sans (黑)",
    horizontal: "Across",
    vertical_left: "Vertical, left",
    vertical_right: "Vertical, right",
    headline_size: "Headline size",
    free_space: "Free",
    free_columns: "columns",
    lines_high: "Height (lines)",
    unplaced: "unplaced",
    placed: "placed",
    chars: "chars",
    lines: "lines",
    overset: "overset",
    unsaved: "unsaved",
    untitled: "Untitled",
    page_fill: "Page fill",
    overset_articles: "Overset articles",
    unsaved_title: "Unsaved changes",
    unsaved_text: "Save the changes to this layout?",
    discard: "Don't save",
    cancel: "Cancel",
    error: "Error",
    ok: "OK",
    restore_title: "Restore unsaved work",
    restore_text: "banmian did not close properly last time and autosaved a layout. Restore it?",
    restore: "Restore",
    width_mm: "Width (mm)",
    height_mm: "Height (mm)",
    margin_mm: "Margin (mm)",
    gutter_em: "Gutter (em)",
    body_size: "Body size",
    line_pitch: "Line pitch (em)",
    column_rules: "Column rules",
    drag_hint: "Drag onto the page",
    page: "Page",
    empty_page: "File > Import text, or drop files on the window",
    styles: "Text styles…",
    roles: [
        "Body", "Headline", "Kicker", "Subtitle", "Subhead", "Byline", "Caption",
    ],
    style_columns: ["Face", "Size", "Weight"],
    style_face: "style face",
    style_size: "style size",
    style_weight: "style weight",
    size_auto: "auto",
    size_in_page_setup: "see Page setup",
    weight_regular: "Regular",
    weight_bold: "Bold",
    bundled: "bundled",
    not_installed: "not installed, the bundled face stands in",
    coverage: "standard characters",
};
