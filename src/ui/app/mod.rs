//! The editor app: its state, the frame loop, and how actions change the document.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use eframe::egui;

use crate::compose::ComposedPage;
use crate::edit::{Edit, Session};
use crate::fonts::Fonts;
use crate::model::{ArticleId, Document, Em};

use super::canvas::{CanvasView, Selection};
use super::command::{Action, Command, Pending};
use super::dialogs::Modal;
use super::errors;
use super::files::{Dialog, FilePicker};
use super::i18n::{Lang, Texts};
use super::panels::PanelContext;
use super::prefs::Prefs;
use super::recovery::Slot;
use super::{canvas, dialogs, fonts, panels};

mod autosave;
mod clipboard;
mod files;
mod incoming;

/// How the editor is started.
pub struct AppOptions {
    /// A layout or text file to open.
    pub file: Option<PathBuf>,
    /// Where preferences and the autosave live.
    pub data_dir: PathBuf,
    /// The file dialogs.
    pub picker: Box<dyn FilePicker>,
    /// The menu language; `None` follows the preferences, then the system.
    pub lang: Option<Lang>,
}

/// The editor.
pub struct BanmianApp {
    session: Session,
    path: Option<PathBuf>,
    saved_revision: u64,
    selected: Selection,
    pub(super) view: CanvasView,
    prefs: Prefs,
    data_dir: PathBuf,
    picker: Box<dyn FilePicker>,
    pending_dialog: Option<(Dialog, Receiver<Vec<PathBuf>>)>,
    pub(super) modal: Option<Modal>,
    /// The findings of the page at a revision of the document.
    findings: Option<(u64, Arc<Vec<crate::check::Finding>>)>,
    /// Text the inspector selects next frame (a finding clicked).
    mark: Option<(ArticleId, crate::check::Field, std::ops::Range<usize>)>,
    /// What to do after a save that a "save changes?" answer started.
    after_save: Option<Pending>,
    last_autosave: f64,
    title: String,
    allow_close: bool,
    /// This window's recovery slot, claimed at its first autosave.
    recovery: Option<Slot>,
    /// The slot of a window that ended without saving, while the restore question is open.
    orphan: Option<Slot>,
    /// The article or picture box copied, for Paste.
    clip: Option<clipboard::Clip>,
    /// The last article copied for WeChat, as HTML, and the system clipboard holding it (on
    /// Linux the clipboard serves what it holds only while it lives).
    wechat: Option<(String, Option<arboard::Clipboard>)>,
}

impl BanmianApp {
    /// Creates the editor: installs the fonts, reads the preferences, opens `options.file`, and
    /// offers to restore an autosave left by a crash.
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        fonts::install(ctx);
        // Ctrl+plus and Ctrl+minus zoom the page, not the whole window.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let prefs = Prefs::load(&options.data_dir);
        let lang = options
            .lang
            .or(prefs.lang)
            .unwrap_or_else(Lang::from_system);
        let mut app = BanmianApp {
            session: Session::new(Document::default(), Fonts::new()),
            path: None,
            saved_revision: 0,
            selected: Selection::default(),
            view: CanvasView::new(lang),
            prefs,
            data_dir: options.data_dir,
            picker: options.picker,
            pending_dialog: None,
            modal: None,
            findings: None,
            mark: None,
            after_save: None,
            last_autosave: 0.0,
            title: String::new(),
            allow_close: false,
            recovery: None,
            orphan: None,
            clip: None,
            wechat: None,
        };
        app.saved_revision = app.session.revision();
        app.offer_orphan();
        if let Some(file) = options.file {
            app.open_path(&file);
        }
        app
    }

    /// The document being edited.
    pub fn doc(&self) -> &Document {
        self.session.doc()
    }

    /// The layout file, if the document has been saved or opened.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.session.revision() != self.saved_revision
    }

    /// The selected article.
    pub fn selected(&self) -> Option<ArticleId> {
        self.selected.article
    }

    /// The index of the page the canvas shows.
    pub fn shown_page(&self) -> usize {
        self.view.page
    }

    /// The page's zoom on the canvas, in screen points per page point.
    pub fn zoom(&self) -> f32 {
        self.view.zoom
    }

    /// Where the page's top-left corner is from the canvas's, in screen points: what scrolling
    /// the canvas changes.
    pub fn view_offset(&self) -> egui::Vec2 {
        self.view.offset
    }

    /// Whether a dialog is open over the window.
    pub fn has_dialog(&self) -> bool {
        self.modal.is_some()
    }

    /// The message of the notice shown to the user, if any.
    pub fn notice(&self) -> Option<&str> {
        match &self.modal {
            Some(Modal::Notice(n)) => Some(n),
            _ => None,
        }
    }

    /// The error shown to the user, if any.
    pub fn error(&self) -> Option<&str> {
        match &self.modal {
            Some(Modal::Error(e)) => Some(e),
            _ => None,
        }
    }

    pub(super) fn texts(&self) -> &'static Texts {
        self.view.lang.texts()
    }

    /// The composed page, recomposed only when the document changed (and then only the
    /// articles the change touched).
    pub fn composed(&mut self) -> Arc<ComposedPage> {
        self.session.composed()
    }

    /// The proofing and preflight findings of the page, found again only after a change.
    fn findings(&mut self, page: &ComposedPage) -> Arc<Vec<crate::check::Finding>> {
        let revision = self.session.revision();
        match &self.findings {
            Some((at, findings)) if *at == revision => findings.clone(),
            _ => {
                let findings = Arc::new(crate::check::check(self.session.doc(), page));
                self.findings = Some((revision, findings.clone()));
                findings
            }
        }
    }

    /// The window title: file name and unsaved mark.
    pub fn title(&self) -> String {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || self.texts().untitled.to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mark = if self.is_dirty() { " ●" } else { "" };
        format!("{name}{mark} — 版面 banmian")
    }

    fn save_prefs(&mut self) {
        self.prefs.lang = Some(self.view.lang);
        // Preferences are a convenience: failing to write them must not disturb editing.
        self.prefs.save(&self.data_dir).ok();
    }

    fn start_dialog(&mut self, dialog: Dialog) {
        if self.pending_dialog.is_some() {
            return;
        }
        let name = self.file_name();
        self.pending_dialog = Some((dialog, self.picker.pick(dialog, &name, self.view.lang)));
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some((dialog, rx)) = &self.pending_dialog else {
            return;
        };
        let dialog = *dialog;
        let paths = match rx.try_recv() {
            Ok(paths) => paths,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Vec::new(),
        };
        self.pending_dialog = None;
        let Some(first) = paths.first().cloned() else {
            self.after_save = None;
            return;
        };
        match dialog {
            Dialog::OpenLayout => self.open_path(&first),
            Dialog::ImportText => self.import_paths(&paths),
            Dialog::PlacePicture => self.place_pictures(&paths, None),
            Dialog::CollectFolder => self.collect_into(&first),
            Dialog::SaveLayout => {
                let path = if first.extension().is_none() {
                    first.with_extension("ron")
                } else {
                    first
                };
                if self.save_to(&path)
                    && let Some(next) = self.after_save.take()
                {
                    self.proceed(ctx, next);
                }
            }
            Dialog::ExportText | Dialog::ExportPdf | Dialog::ExportPrintPdf | Dialog::ExportPng => {
                self.export_to(dialog, &first)
            }
            Dialog::SaveTemplate => self.save_template(&first),
            Dialog::ExportSite => self.export_site(&first, false),
            Dialog::OpenTemplate => self.new_from_template(&first),
        }
    }

    /// Does what was pending once unsaved changes are dealt with.
    fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => {
                self.session.replace(Document::default());
                self.saved_revision = self.session.revision();
                self.path = None;
                self.selected = Selection::default();
                self.view.fit_pending = true;
            }
            Pending::Open => self.start_dialog(Dialog::OpenLayout),
            Pending::NewFromTemplate => self.start_dialog(Dialog::OpenTemplate),
            Pending::OpenPath(p) => self.open_path(&p),
            Pending::Quit => {
                self.allow_close = true;
                self.discard_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Asks "save changes?" first when there are unsaved changes.
    fn guard(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.is_dirty() {
            self.modal = Some(Modal::Unsaved(pending));
        } else {
            self.proceed(ctx, pending);
        }
    }

    /// Saves to the current file, or asks where. Returns true when saved now.
    pub(super) fn save(&mut self) -> bool {
        match self.path.clone() {
            Some(path) => self.save_to(&path),
            None => {
                self.start_dialog(Dialog::SaveLayout);
                false
            }
        }
    }

    /// Saves, then continues with `pending` (answer "save" to "save changes?").
    fn save_then(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.save() {
            self.proceed(ctx, pending);
        } else if self.pending_dialog.is_some() {
            self.after_save = Some(pending);
        }
    }

    /// Runs a command.
    pub fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.guard(ctx, Pending::New),
            Command::Open => self.guard(ctx, Pending::Open),
            Command::OpenRecent(p) => self.guard(ctx, Pending::OpenPath(p)),
            Command::ImportText => self.start_dialog(Dialog::ImportText),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => self.start_dialog(Dialog::SaveLayout),
            Command::ExportText => self.start_dialog(Dialog::ExportText),
            Command::ExportPdf => self.start_dialog(Dialog::ExportPdf),
            Command::ExportPng => self.start_dialog(Dialog::ExportPng),
            Command::ExportPrintPdf => self.start_dialog(Dialog::ExportPrintPdf),
            Command::ExportSite => self.start_dialog(Dialog::ExportSite),
            Command::Quit => self.guard(ctx, Pending::Quit),
            Command::Undo => self.session.undo(),
            Command::Redo => self.session.redo(),
            Command::Copy => {
                self.copy(ctx);
            }
            Command::Cut => self.cut(ctx),
            Command::Paste => {
                self.paste_copied(None);
            }
            Command::Duplicate => self.duplicate(),
            Command::CopyForWeChat => self.copy_for_wechat(),
            Command::RemoveSelectedFrame => self.remove_selection(Edit::Unplace),
            Command::FillPage => {
                self.session.apply(Edit::FillPage, None);
            }
            Command::ResetLines => {
                self.session.apply(Edit::ResetLines, None);
            }
            Command::PlacePicture => self.start_dialog(Dialog::PlacePicture),
            Command::CollectForOutput => self.start_dialog(Dialog::CollectFolder),
            Command::AddPictureBox => {
                let edit =
                    picture_box_for(self.session.doc(), self.view.page, self.selected.article);
                self.session.apply(edit, None);
            }
            Command::IssueSettings => {
                let draft = crate::ui::issue_dialog::IssueDraft::of(self.doc().issue.as_ref());
                self.modal = Some(Modal::Issue(Box::new(draft)));
            }
            Command::SaveTemplate => self.start_dialog(Dialog::SaveTemplate),
            Command::NewFromTemplate => self.guard(ctx, Pending::NewFromTemplate),
            Command::PreviousPage => self.view.page = self.view.page.saturating_sub(1),
            Command::NextPage => self.show_page(self.view.page + 1),
            Command::AddPage => {
                if self.session.apply(Edit::AddPage(self.view.page + 1), None) {
                    self.show_page(self.view.page + 1);
                }
            }
            Command::RemovePage => {
                self.session.apply(Edit::RemovePage(self.view.page), None);
                self.show_page(self.view.page);
            }
            Command::MovePageEarlier | Command::MovePageLater => {
                let from = self.view.page;
                let to = match command {
                    Command::MovePageEarlier => from.saturating_sub(1),
                    _ => from + 1,
                };
                if to < self.doc().pages.len()
                    && self.session.apply(Edit::MovePage { from, to }, None)
                {
                    self.view.page = to;
                }
            }
            Command::ZoomFit => self.view.fit_pending = true,
            Command::Zoom100 => self.view.zoom = 1.0,
            Command::ZoomIn => self.view.zoom = (self.view.zoom * 1.25).min(8.0),
            Command::ZoomOut => self.view.zoom = (self.view.zoom / 1.25).max(0.1),
            Command::ToggleGrid => self.view.show_grid = !self.view.show_grid,
            Command::ToggleSpread => {
                self.view.spread = !self.view.spread;
                self.view.fit_pending = true;
            }
            Command::ToggleCheck => self.view.show_check = !self.view.show_check,
            Command::ToggleGrayscale => {
                self.prefs.grayscale = !self.prefs.grayscale;
                self.save_prefs();
            }
            Command::PageSetup => self.modal = Some(Modal::PageSetup(self.doc().setup.clone())),
            Command::Styles => self.modal = Some(Modal::Styles(self.doc().styles.clone())),
            Command::About => self.modal = Some(Modal::About),
            Command::SetLang(lang) => {
                self.view.lang = lang;
                self.save_prefs();
            }
        }
    }

    /// Shows the page with index `page`, or the last page where there is no such page.
    fn show_page(&mut self, page: usize) {
        self.view.page = page.min(self.doc().pages.len().saturating_sub(1));
    }

    /// Applies what the panels asked for.
    pub fn apply(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Command(c) => self.run_command(ctx, c),
                Action::Edit(edit, group) => {
                    let setup_changed = matches!(edit, Edit::SetPage(_));
                    self.session.apply(edit, group.map(|id| id.value()));
                    let off = self.doc().frames_off_page();
                    if setup_changed && !off.is_empty() {
                        let list: Vec<String> = off.iter().map(|f| format!("#{}", f.0)).collect();
                        let text = format!("{} {}", self.texts().frames_off_page, list.join(", "));
                        self.modal = Some(Modal::Notice(text));
                    }
                }
                Action::Select(id) => {
                    self.session.close_group();
                    self.view.cropping = None;
                    self.selected = Selection {
                        article: id,
                        frame: None,
                    };
                }
                Action::SelectBox(id) => {
                    self.session.close_group();
                    if self.view.cropping != id {
                        self.view.cropping = None;
                    }
                    self.selected = Selection {
                        article: None,
                        frame: id,
                    };
                }
                Action::ShowPage(page) => self.show_page(page),
                Action::Crop(frame) => self.view.cropping = frame,
                Action::Highlight(marked) => self.view.highlight = marked,
                Action::Mark(article, field, range) => self.mark = Some((article, field, range)),
                Action::SaveThen(pending) => self.save_then(ctx, pending),
                Action::Proceed(pending) => self.proceed(ctx, pending),
                Action::Restore(restored) => {
                    let (doc, origin) = *restored;
                    self.restore(doc, origin);
                }
                Action::DiscardRecovery => self.discard_orphan(),
                Action::WriteSite(folder) => self.export_site(&folder, true),
            }
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Action> {
        // Text fields keep Ctrl+Z for their own undo while they have the focus.
        let typing = ctx.memory(|m| m.focused().is_some());
        let mut actions = Vec::new();
        for (command, shortcuts) in Command::shortcut_table() {
            // Text fields keep their own undo and clipboard keys while they have the focus.
            let text_keys = matches!(
                command,
                Command::Undo
                    | Command::Redo
                    | Command::Copy
                    | Command::Cut
                    | Command::Paste
                    | Command::Duplicate
                    | Command::PreviousPage
                    | Command::NextPage
            );
            if typing && text_keys {
                continue;
            }
            for shortcut in shortcuts {
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    actions.push(Action::Command(command.clone()));
                    break;
                }
            }
        }
        actions
    }

    /// Closes the window without asking about unsaved changes (a screenshot run).
    pub(super) fn close_without_asking(&mut self, ctx: &egui::Context) {
        self.allow_close = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Draws one frame.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_dialog(&ctx);
        let mut actions = self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        self.pasted_images(&ctx);
        self.copy_and_cut_events(&ctx);
        self.pasted_text(&ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Pending::Quit));
        }

        // An undone page or one removed leaves the view on a page that is there.
        self.show_page(self.view.page);
        let page = self.composed();
        let findings = self.findings(&page);
        let cx = PanelContext {
            doc: self.session.doc(),
            fonts: self.session.fonts(),
            selected: self.selected.article,
            selected_box: self.selected.frame,
            lang: self.view.lang,
            texts: self.view.lang.texts(),
            can_undo: self.session.can_undo(),
            can_paste: self.clip.is_some(),
            can_redo: self.session.can_redo(),
            recent: &self.prefs.recent,
            path: self.path.as_deref(),
            dirty: self.session.revision() != self.saved_revision,
            zoom: self.view.zoom,
            page: self.view.page,
            spread: self.view.spread,
            show_grid: self.view.show_grid,
            cropping: self.view.cropping,
            grayscale: self.prefs.grayscale,
            findings: &findings,
            show_check: self.view.show_check,
            mark: self.mark.take(),
        };
        panels::menu::menu_ui(&cx, ui, &mut actions);
        panels::status::status_ui(&cx, ui, &page, &mut actions);
        panels::pages::pages_ui(&cx, ui, &mut actions);
        if cx.show_check {
            panels::check::check_ui(&cx, ui, &mut actions);
        }
        panels::articles::articles_ui(&cx, ui, &page, &mut actions);
        panels::inspector::inspector_ui(&cx, ui, &page, &mut actions);
        canvas::canvas_ui(
            ui,
            &mut self.view,
            self.session.doc(),
            &page,
            &findings,
            self.selected,
            &mut actions,
        );
        if let Some(modal) = self.modal.take() {
            let fonts = self.session.fonts();
            self.modal = dialogs::modal_ui(modal, self.texts(), fonts, &ctx, &mut actions);
        }
        self.apply(&ctx, actions);
        self.autosave(&ctx);

        let title = self.title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for BanmianApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}

/// Where a new picture box goes: over the last text column of the selected article's first
/// frame, a third of the way down, so its text wraps around it; else under everything placed.
fn picture_box_for(doc: &Document, page: usize, article: Option<ArticleId>) -> Edit {
    let g = crate::model::PageGeometry::new(&doc.setup);
    if let Some(frame) = article.and_then(|a| doc.first_frame(a)) {
        let columns = frame.text_columns();
        let gutter = g.gutter_em();
        let column = (frame.width - gutter * (columns - 1) as f32) / columns as f32;
        return Edit::AddBox {
            page: doc.page_of(frame.id),
            x: frame.right() - column,
            line: frame.line + frame.height / 3,
            width: column,
            height: (frame.height / 3).max(6),
        };
    }
    let foot = doc
        .pages
        .get(page)
        .into_iter()
        .flat_map(|p| &p.frames)
        .map(|f| f.bottom() + 1)
        .max()
        .unwrap_or(0);
    Edit::AddBox {
        page,
        x: Em::ZERO,
        line: foot,
        width: g.span_em(1),
        height: 10,
    }
}
