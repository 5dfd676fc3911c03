"""Build: sources and annotations in, an RDF dataset with an evidence record for every fact out.

Owns: ``dataset`` (the builder: one named graph per article, plain triples for facts), ``cache`` (each
article's rendered graph, kept by the hash of its inputs), ``assemble`` (the whole-graph files written from
those pieces), ``output`` (every output file rendered in memory, then written), ``export`` (serializers
chosen by format name) and ``library`` (the entry points a notebook calls: build, write, load_graph,
load_dataset). May import the ground floor (project, errors, namespaces, evidence), ``sources``,
``annotations`` and the ontology model; never stores, the server, the explorer or the CLI.
"""
