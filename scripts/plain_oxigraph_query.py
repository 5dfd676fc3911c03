"""The yardstick of scripts/bench_start.py: bulk-load N-Quads into pyoxigraph and run one query, nothing else.

    python scripts/plain_oxigraph_query.py build/civickg.nq QUERY.rq
"""

import sys

import pyoxigraph as ox

store = ox.Store()
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
with open(sys.argv[2], encoding="utf-8") as handle:
    answer = store.query(handle.read(), use_default_graph_as_union=True)
sys.stdout.buffer.write(answer.serialize(format=ox.QueryResultsFormat.CSV))
