"""Validate: check a built graph before anyone relies on it.

Owns: ``checks`` (terms defined, ontology labels, every quote verbatim at its offsets, SHACL shapes with
pyshacl, the OWL RL closure with owlrl) and the ``Report`` they make; ``units`` (each named graph with what
it needs from the rest) and ``corpus`` (a whole build validated article by article, cached by content hash,
plus the corpus-wide checks: what ``civickg validate`` runs). May import the ground floor
(errors, namespaces, evidence) and the ontology model; never the builder, stores, server or explorer,
so it validates any graph, however it was made.
"""

from civickg.validate.checks import Check, Report, validate

__all__ = ["Check", "Report", "validate"]
