"""One person of the three-client review loop, in a process of its own (tests/team/
test_three_clients.py): `python -m tests.team.loop_child ROLE` with FLEGME_TEAM_URL and
FLEGME_TEAM_PASSWORD set; waits on the server's notifications; prints one JSON line."""

from __future__ import annotations

import json
import os
import sys

from flegme.review.models import Status
from flegme.review.service import ReviewService
from flegme.team.connect import parse_url, pool
from flegme.team.live import ChangeFeed
from flegme.team.repository import TeamRepository

BODY = "Nous avons réparé douze vélos à l'atelier de Lyon cette semaine, c'est chouette."
TERM = "chouette"  # not jargon by default: the comms lead's style makes it so
TIMEOUT = float(os.environ.get("FLEGME_LOOP_TIMEOUT", "60"))


def main(role: str) -> int:
    config, _ = parse_url(os.environ["FLEGME_TEAM_URL"])
    password = os.environ["FLEGME_TEAM_PASSWORD"]
    connections = pool(config, password, min_size=1, max_size=2)
    repo = TeamRepository(connections)
    me = repo.whoami()
    service = ReviewService(repo, me)
    feed = ChangeFeed(config, password, poll_interval=2.0)
    feed.wait(0.01)  # listening before anything else happens
    out: dict[str, object] = {"role": me.role.value, "name": me.name}
    print("ready", flush=True)

    def status_of(draft_id: int) -> Status:
        return service.get_draft(draft_id).status

    def queue() -> list[int]:
        return [d.id for d in service.review_queue()]

    if role == "comms":
        service.set_house_style(f'schema = 1\n[jargon]\nextra.fr = {{ "{TERM}" = "bien" }}\n'
                                "[workflow]\nself_approval = false\n")
        out["style_version"] = 1
        assert feed.wait_for(lambda: bool(service.list_drafts()) and all(
            d.status is Status.PUBLISHED for d in service.list_drafts()), TIMEOUT)
        from flegme.team.audit import verify

        with connections.connection() as con:
            report = verify(con)
        out["audit"] = {"intact": report.intact, "complete": report.complete,
                        "checked": report.checked}
        out["log"] = [(a.to_status.value, a.author_name) for a in service.audit_log()]
    elif role == "leader":
        from flegme.engine.engine import Engine
        from flegme.style.loader import default_style

        def flagged(engine: Engine) -> bool:
            report = engine.check(BODY, ("linkedin",))
            return any(TERM in BODY[f.start:f.end] for f in report.findings)

        out["flagged_by_default"] = flagged(Engine(default_style()))
        assert feed.wait_for(lambda: service.repo.house_style_text() is not None, TIMEOUT)
        out["banned_flagged"] = flagged(service.engine())
        draft = service.create_draft(title="Atelier", body=BODY, platforms=["linkedin"])
        service.send_to_review(draft.id)
        assert feed.wait_for(lambda: status_of(draft.id) is Status.CHANGES_REQUESTED, TIMEOUT)
        out["feedback"] = service.new_feedback()
        thread = service.threads(draft.id)[0]
        out["comment"] = [thread.event.text, thread.anchor.quote if thread.anchor else None]
        service.save(draft.id, body=BODY.replace(", c'est chouette", ""))
        service.reply(thread.event.id, draft.id, text="Corrigé.")
        service.resolve(thread.event.id, draft.id)
        service.send_to_review(draft.id)
        assert feed.wait_for(lambda: status_of(draft.id) is Status.APPROVED, TIMEOUT)
        service.mark_published(draft.id, url="https://www.linkedin.com/posts/atelier")
        out["final"] = status_of(draft.id).value
    elif role == "assistant":
        assert feed.wait_for(lambda: bool(queue()), TIMEOUT)
        draft_id = queue()[0]
        start = BODY.index(TERM)
        service.comment(draft_id, text="Le mot est banni.", start=start, end=start + len(TERM))
        service.request_changes(draft_id, text=f"Retirez « {TERM} ».")
        assert feed.wait_for(lambda: status_of(draft_id) is Status.IN_REVIEW, TIMEOUT)
        diff = service.review_diff(draft_id)
        out["diff"] = None if diff is None or diff.reviewed is None else [
            diff.reviewed.number, diff.current.number]
        approved = service.approve(draft_id, text="Parfait.")
        out["approved"] = approved.status.value
    feed.close()
    connections.close()
    print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
