//! banmian's integration tests: one binary, a module per area.

mod util;

/// The command line, run as the real binary.
mod cli;
/// The e-paper: the issue as a folder of web pages.
mod epaper;
/// Break agreement with the printed page.
mod fidelity;
/// Fonts: coverage, fallback, installed families, styles.
mod fonts;
/// The newsletter issue: pages, jump lines, a PNG per page.
mod issue;
/// Layout engine 2: composed pages without holes, overlaps or ink collisions.
mod layout;
/// Correspondents' manuscripts in the shapes of DESIGN.md §2.
mod manuscripts;
/// Encodings, line endings, reordered and repeated pages.
mod page_variants;
/// Photos: import, placement, printing.
mod photos;
/// Printing: PDF and PNG.
mod print;
/// Proofing and preflight: `check`.
mod proofing;
/// Properties of composed random pages.
mod properties;
/// Files that must be refused with a clear error, losing nothing.
mod refused;
/// The seed page: byte-identical round trips and the structure it must be read as.
mod seed;
/// The typesetting engine and copy-fitting.
mod typesetting;
/// The editor, driven through egui_kittest.
mod ui;
/// The clipboard, input methods and the import report in the editor.
mod ui_clipboard;
/// The editor's rough edges a new user hits: dialogs, zoom, recovery, export warnings.
mod ui_edges;
/// The editor's layout tools: chains, picture boxes, headline blocks, printed columns.
mod ui_layout;
/// The pages of an issue in the editor: the navigator, moving frames between pages.
mod ui_pages;
/// Photos in the editor: place, crop, caption, undo.
mod ui_photos;
/// The real window, under a display.
mod window;
/// Word manuscripts (.docx).
mod word;
