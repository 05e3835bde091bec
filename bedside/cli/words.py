"""The commands' context of translations (a module of its own: the app's options are parsed,
with their help, before anything heavy is loaded)."""

from bedside.i18n import Context

CLI = Context("CLI")
