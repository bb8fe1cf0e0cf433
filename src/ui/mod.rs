//! The editor (work in progress).

/// Opens the editor.
pub fn run(
    _file: Option<&std::path::Path>,
    _screenshot: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    anyhow::bail!("the editor is not built yet")
}
