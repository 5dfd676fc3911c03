"""Annotations: the curated (or drafted) YAML files that say what each article states, quote by quote.

Owns: ``model`` (Entity, Fact, Observation, Mention records with their file and line), ``schema`` (the JSON
Schema check, errors at the key's line), ``read`` (reading the files) and ``checks`` (terms defined,
references resolved, ids unique). May import the ground floor, ``sources`` (YAML with line numbers) and the
ontology model; never the builder or anything after it.
"""

from civickg.annotations.model import Annotations, Entity, Fact, Mention, Observation, Value
from civickg.annotations.read import load_annotations

__all__ = ["Annotations", "Entity", "Fact", "Mention", "Observation", "Value", "load_annotations"]
