"""civickg push: load the build into a SPARQL server through the SPARQL 1.1 Graph Store Protocol."""

from __future__ import annotations

import argparse

from civickg.cli.common import console, project_of, stderr


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "push", help="load the build into a SPARQL server (Graph Store Protocol)",
        description="Replace, graph by graph, the build's named graphs (one per article, the corpus and the "
                    "ontology) on a SPARQL 1.1 server, then record them in its manifest graph: pushing twice "
                    "leaves the same content, and graphs of an earlier push that the build no longer has are "
                    "deleted. Credentials come from CIVICKG_SPARQL_USER / CIVICKG_SPARQL_PASSWORD or ~/.netrc, "
                    "never from the command line. Afterwards `civickg query --store URL` asks that server.",
        epilog="e.g. civickg push http://127.0.0.1:7878/query   (Oxigraph server; see docs/remote.md)")
    p.add_argument("url", help="the server's SPARQL query endpoint (http:// or https://)")
    p.add_argument("--graph-store", metavar="URL",
                   help="its Graph Store Protocol endpoint, when it cannot be worked out from the server")
    p.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                   help="time limit for each request (default 300)")
    p.set_defaults(handler=cmd_push)


def cmd_push(args: argparse.Namespace) -> int:
    from civickg.stores.push import push

    project = project_of(args)
    report = push(args.url, project.built_file("trig"), project.ontology, graph_store_url=args.graph_store,
                  timeout=args.timeout, progress=lambda line: stderr.print(line, highlight=False, markup=False))
    console.print(report.summary(), highlight=False, markup=False)
    return 0


__all__ = ["register"]
