"""Serve: the read-only SPARQL 1.1 Protocol endpoint, its query page and entity pages.

Owns: ``app`` (the FastAPI application: settings, a routes table, one handler per route), ``protocol``
(reading a request's query, content negotiation, HTTP errors), ``description`` (the Service Description),
``pages`` (HTML pages from templates that share ``templates/base.html``) and ``pool`` (worker processes that
run queries under a time limit). May import the ground floor, ``stores`` and ``sparql``; never the builder,
the explorer or the CLI.
"""
