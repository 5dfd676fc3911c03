"""Sources: the articles as received, their metadata, and the clean text evidence offsets count in.

Owns: ``readers`` (a reader per file kind, keyed by suffix), ``html`` (a saved page's body, headline and
metadata), ``encodings`` (telling encodings apart, decoding and converting text), ``clean`` (repairing print
artifacts, every repair recorded), ``bylines`` (reporters, correspondents and dates printed in a text),
``corpus`` (metadata files, articles, their SHA-256), ``ingest`` (taking new articles into graph/sources; the
function that drafts their annotations is passed in) and ``yamlio`` (YAML with line numbers, for every YAML
file civickg reads). May import only the ground floor (project, errors) and third-party libraries.
"""

from civickg.sources.corpus import Article, Corpus, load_corpus

__all__ = ["Article", "Corpus", "load_corpus"]
