"""A member's works as the works view searches them, one row per portfolio item, on either backend.

Both the database backend (``search.works``) and the search engine's works index (``search.backends.engine``)
read the works from the members' search documents (``MemberDocument.portfolio``) through ``work_rows``, so a
work is found by the same texts and has the same facet values whichever backend answers.
"""

from .facets import FACET_NAMES
from .models import facet_values


def work_rows(document):
    """The works of one member document (a dict of its fields: a row, or ``vars(document)``) as rows, in the
    weights' fields: the work's title weighs as a member's name, its member's skills as a member's, its caption,
    credits and client as a tagline, its member's name as a portfolio line and its member's tagline as a
    presentation."""
    member_facets = {name: facet_values(document, name) for name in FACET_NAMES if name != "media"}
    rows = []
    for item in document["portfolio"] or []:
        if not item.get("id"):  # indexed before works had their own address: listed after the next rebuild
            continue
        year = item.get("year")
        rows.append(
            {
                "page_id": item["id"],
                "member_id": document["page_id"],
                "name": item.get("title", ""),
                "skills_text": document["skills_text"],
                "summary": " ".join(filter(None, (item.get("caption"), item.get("credits"), item.get("client")))),
                "portfolio": document["name"],
                "body": document["summary"],
                "published_at": document["published_at"],
                "facets": {
                    **member_facets,
                    "media": [item["media"]] if item.get("media") else [],
                    "year": [str(year)] if year else [],
                },
                "portfolio_count": 0,
                "title": item.get("title", ""),
                "url": item.get("url", ""),
                "member": document["name"],
                "member_url": document["url"],
                "year": year,
                "media": item.get("media", ""),
                "alt": item.get("alt", ""),
                "picture": item.get("picture") or {},
                "skills": document["skills"],
                "lang": item.get("lang", ""),
            }
        )
    return rows
