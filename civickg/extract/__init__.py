"""Drafting annotations from the clean text of an article.

Owns: the extraction rules and dictionaries (YAML data files under ``rules/``), recognising
entities, facts and figures in a text, linking them to entities the graph already knows, giving
new entities readable ids, writing drafts in the annotation format (``status: draft``), and
comparing a draft with a curated (gold) annotation (``evaluate``: the metric, and drafting the dev set and
the seed articles afresh to score them).

May import: ``civickg.project``, ``civickg.errors``, ``civickg.namespaces``, ``civickg.sources`` (YAML with line
numbers, for the dev set; the seed articles' clean text, for evaluation), the ontology file
``ontology/civic.ttl`` (read as text, for the names of its classes and properties) and third-party
NLP libraries (jieba, cpca's area table, cn2an, OpenCC, pypinyin, ruamel.yaml). Never the build,
the stores, the server or the explorer: a draft is data that a person reviews before the build
reads it.
"""

from civickg.extract.draft import draft_annotation
from civickg.extract.evaluate import (
    ArticleScore,
    Evaluation,
    Score,
    evaluate,
    evaluate_corpus,
    evaluate_many,
    render_table,
)
from civickg.extract.linking import KnownEntities, KnownEntity
from civickg.extract.writer import dump_draft, write_draft

__all__ = [
    "ArticleScore",
    "Evaluation",
    "KnownEntities",
    "KnownEntity",
    "Score",
    "draft_annotation",
    "dump_draft",
    "evaluate",
    "evaluate_corpus",
    "evaluate_many",
    "render_table",
    "write_draft",
]
