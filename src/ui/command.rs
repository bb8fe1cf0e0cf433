//! The editor's commands: one enum feeds the menus and the keyboard shortcuts.

use std::path::PathBuf;

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use super::i18n::{Lang, Texts};
use crate::edit::Edit;
use crate::model::{ArticleId, Document, FrameId};

/// Everything the user can ask for from a menu or the keyboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start an empty layout.
    New,
    /// Open a layout file.
    Open,
    /// Open a layout from the recent files.
    OpenRecent(PathBuf),
    /// Import text files (page flow or manuscripts).
    ImportText,
    /// Save the layout.
    Save,
    /// Save the layout under a new name.
    SaveAs,
    /// Export the page's text.
    ExportText,
    /// Export the page as PDF.
    ExportPdf,
    /// Export the page as a PNG picture.
    ExportPng,
    /// Export the issue as the print shop's PDF: black text, trim and bleed, crop marks.
    ExportPrintPdf,
    /// Export the issue as an e-paper (数字报): a folder of web pages.
    ExportSite,
    /// Copy the layout and its pictures into one folder (打包).
    CollectForOutput,
    /// Close the editor.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Copy the selected article or picture box.
    Copy,
    /// Copy the selected article or picture box and take it out of the document.
    Cut,
    /// Put a copy of what was copied on the page.
    Paste,
    /// Put a copy of the selected article or picture box on the page.
    Duplicate,
    /// Copy the selected article as HTML for the WeChat editor (公众号).
    CopyForWeChat,
    /// Take the selected article (or picture box) off the page.
    RemoveSelectedFrame,
    /// Put an empty picture box on the page; text wraps around it.
    AddPictureBox,
    /// Place picture files (JPEG, PNG) on the page, with the selected article.
    PlacePicture,
    /// Set every paragraph afresh from its text in the current frames (重排全部).
    ResetLines,
    /// Arrange every article again so that the free page is one block at its foot.
    FillPage,
    /// Edit the issue's fields (masthead, page headers).
    IssueSettings,
    /// Save the page setup, issue and pages as a template.
    SaveTemplate,
    /// Start the next issue from a template.
    NewFromTemplate,
    /// Show the page before this one.
    PreviousPage,
    /// Show the page after this one.
    NextPage,
    /// Add an empty page after this one, and show it.
    AddPage,
    /// Remove the page shown: its articles go back to the list.
    RemovePage,
    /// Move the page shown one place earlier in the issue.
    MovePageEarlier,
    /// Move the page shown one place later in the issue.
    MovePageLater,
    /// Zoom so the whole page shows.
    ZoomFit,
    /// Show the page larger.
    ZoomIn,
    /// Show the page smaller.
    ZoomOut,
    /// Show the page at its real size.
    Zoom100,
    /// Show or hide the character grid.
    ToggleGrid,
    /// Show two pages side by side (a spread), or one.
    ToggleSpread,
    /// Print photos in grey in PDF and PNG exports, or in colour.
    ToggleGrayscale,
    /// Show or hide the Check panel (检查).
    ToggleCheck,
    /// Edit the page setup.
    PageSetup,
    /// Edit the text styles: faces and sizes by role.
    Styles,
    /// Show what banmian is.
    About,
    /// Switch the menu language.
    SetLang(Lang),
}

impl Command {
    /// The menu label.
    pub fn label(&self, t: &Texts) -> &'static str {
        match self {
            Command::New => t.new,
            Command::Open => t.open,
            Command::OpenRecent(_) => t.recent,
            Command::ImportText => t.import_text,
            Command::Save => t.save,
            Command::SaveAs => t.save_as,
            Command::ExportText => t.export_text,
            Command::ExportPdf => t.export_pdf,
            Command::ExportPng => t.export_png,
            Command::ExportPrintPdf => t.export_print_pdf,
            Command::ExportSite => t.export_site,
            Command::CollectForOutput => t.collect_for_output,
            Command::Quit => t.quit,
            Command::Undo => t.undo,
            Command::Redo => t.redo,
            Command::Copy => t.copy,
            Command::Cut => t.cut,
            Command::Paste => t.paste,
            Command::Duplicate => t.duplicate,
            Command::CopyForWeChat => t.copy_for_wechat,
            Command::RemoveSelectedFrame => t.remove_frame,
            Command::AddPictureBox => t.add_picture_box,
            Command::PlacePicture => t.place_picture,
            Command::ResetLines => t.reset_lines,
            Command::FillPage => t.fill_page,
            Command::IssueSettings => t.issue_settings,
            Command::SaveTemplate => t.save_template,
            Command::NewFromTemplate => t.new_from_template,
            Command::PreviousPage => t.previous_page,
            Command::NextPage => t.next_page,
            Command::AddPage => t.add_page,
            Command::RemovePage => t.remove_page,
            Command::MovePageEarlier => t.move_page_earlier,
            Command::MovePageLater => t.move_page_later,
            Command::ZoomFit => t.zoom_fit,
            Command::ZoomIn => t.zoom_in,
            Command::ZoomOut => t.zoom_out,
            Command::Zoom100 => t.zoom_100,
            Command::ToggleGrid => t.grid,
            Command::ToggleSpread => t.spread,
            Command::ToggleGrayscale => t.grayscale,
            Command::ToggleCheck => t.check,
            Command::PageSetup => t.page_setup,
            Command::Styles => t.styles,
            Command::About => t.about,
            Command::SetLang(Lang::Chinese) => "中文",
            Command::SetLang(Lang::English) => "English",
        }
    }

    /// The keyboard shortcuts, the first of which the menu shows.
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        Command::shortcut_table()
            .into_iter()
            .find(|(command, _)| command == self)
            .map(|(_, shortcuts)| shortcuts)
            .unwrap_or_default()
    }

    /// Every command that has keyboard shortcuts, with them, in the order they are checked: the
    /// one list that the menus and the keyboard both read.
    pub fn shortcut_table() -> Vec<(Command, Vec<KeyboardShortcut>)> {
        let cmd = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let shift_cmd = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        let plain = |key| KeyboardShortcut::new(Modifiers::NONE, key);
        // A shortcut with Shift comes before the one without it, so that the longer one wins.
        vec![
            (Command::New, vec![cmd(Key::N)]),
            (Command::Open, vec![cmd(Key::O)]),
            (Command::ImportText, vec![cmd(Key::I)]),
            (Command::SaveAs, vec![shift_cmd(Key::S)]),
            (Command::Save, vec![cmd(Key::S)]),
            (Command::ExportText, vec![cmd(Key::E)]),
            (Command::Quit, vec![cmd(Key::Q)]),
            (Command::Redo, vec![shift_cmd(Key::Z), cmd(Key::Y)]),
            (Command::Undo, vec![cmd(Key::Z)]),
            (Command::Copy, vec![cmd(Key::C)]),
            (Command::Cut, vec![cmd(Key::X)]),
            (Command::Paste, vec![cmd(Key::V)]),
            (Command::Duplicate, vec![cmd(Key::D)]),
            (Command::PreviousPage, vec![plain(Key::PageUp)]),
            (Command::NextPage, vec![plain(Key::PageDown)]),
            (Command::ZoomFit, vec![cmd(Key::Num0)]),
            (Command::Zoom100, vec![cmd(Key::Num1)]),
            (Command::ZoomIn, vec![cmd(Key::Plus), cmd(Key::Equals)]),
            (Command::ZoomOut, vec![cmd(Key::Minus)]),
        ]
    }
}

/// What a panel asks the app to do; applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Run a command.
    Command(Command),
    /// Change the document; edits from one text field in a row (`group`) are one undo step.
    Edit(Edit, Option<eframe::egui::Id>),
    /// Select an article (or nothing).
    Select(Option<ArticleId>),
    /// Select a picture box (or nothing).
    SelectBox(Option<FrameId>),
    /// Show the page with this index on the canvas.
    ShowPage(usize),
    /// Let drags inside a photo frame move its crop (or stop that).
    Crop(Option<FrameId>),
    /// Mark an article's text on the page (one body block of it, or all), or nothing.
    Highlight(Option<(ArticleId, Option<usize>)>),
    /// Select a range of an article's text in the inspector (a finding's), once.
    Mark(ArticleId, crate::check::Field, std::ops::Range<usize>),
    /// Save, then do what was pending (answer to "save changes?").
    SaveThen(Pending),
    /// Do what was pending without saving.
    Proceed(Pending),
    /// Restore the autosaved document, with the layout file it is a copy of.
    Restore(Box<(Document, Option<PathBuf>)>),
    /// Forget the autosave.
    DiscardRecovery,
    /// Write the e-paper into this folder, though it holds other files (answer to asking).
    WriteSite(PathBuf),
}

/// A frame dragged from the canvas, as a drag-and-drop payload: dropped on a page of the
/// navigator, it moves to that page.
pub struct DraggedFrame(pub FrameId);

/// What to do once the user has answered "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Start a new layout.
    New,
    /// Show the open dialog.
    Open,
    /// Pick a template and start the next issue from it.
    NewFromTemplate,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close the window.
    Quit,
}
