"""Sources: the articles as received, their metadata, and the clean text evidence offsets count in.

Owns: ``readers`` (a reader per file kind, keyed by suffix), ``encodings`` (decoding and converting
text), ``clean`` (repairing print artifacts, every repair recorded), ``corpus`` (metadata files, articles,
their SHA-256) and ``yamlio`` (YAML with line numbers, for every YAML file civickg reads). May import only
the ground floor (project, errors).
"""

from civickg.sources.corpus import Article, Corpus, load_corpus

__all__ = ["Article", "Corpus", "load_corpus"]
