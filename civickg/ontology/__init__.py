"""The ontology: the civic vocabulary (ontology/civic.ttl) read once, and the tools that keep it sound.

Owns: ``model`` (the one Ontology model and the one Turtle reader), ``terms`` (declared terms as records),
``vocabularies`` (the standard vocabularies kept in ontology/vocab/), ``releases`` (release records and the
rule that released terms are never removed), ``usage`` (where annotations, shapes and queries use a term),
``lint`` and ``docs``. ``model``, ``terms``, ``vocabularies`` and ``releases`` import only the ground floor
(project, errors, namespaces), so the annotation reader and the builder can use them; ``usage``, ``lint``
and ``docs`` also read annotations and the current graph (through the builder's library), and nothing below
them imports those three.
"""

from civickg.ontology.model import CLASS_TYPES, Ontology, load_ontology, read_turtle

__all__ = ["CLASS_TYPES", "Ontology", "load_ontology", "read_turtle"]
