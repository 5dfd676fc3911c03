"""Review: a person checks an extractor's draft in the browser and saves the curated annotation file.

Owns: ``document`` (an annotation file as round-trip YAML with ruamel.yaml: comments and key order kept;
items by key; writing in place with a backup), ``actions`` (accept, reject, edit, link, merge, add from a
selection, accept all above a confidence), ``checks`` (the build's checks on the file as it would be saved,
each problem given to its item), ``catalog`` (articles and progress, items and where their words are,
entities to link to, classes and the predicates the ontology allows), ``service`` (what the routes call; the
version check) and ``app`` (the FastAPI routes and the page under ``static/``). May import the ground floor,
``sources``, ``annotations``, the ontology model, the builder (to build a candidate in memory), ``validate``
and the server's shared pieces (its security headers); nothing imports it but the CLI.
"""
