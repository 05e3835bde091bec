"""Operations: the work that composes store, interchange and report, shared by the app's
screens and the command line. Qt-free (the commands import it without loading the GUI);
above the store, interchange and report layers, below bedside.ui."""
