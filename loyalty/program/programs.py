"""The shop's loyalty program over time: versions saved with an effective date."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlite_utils import Database

from loyalty.storage import store
from loyalty.model.program import ALWAYS, Program
from loyalty.program.bounds import LATEST_DATE
from loyalty.program.checks import ProgramError
from loyalty.program.json_format import program_from_json, program_to_json
from pos.storage.db import write_transaction


class ProgramBook:
    """Reads the program in effect on a day, parsing each stored version once."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._parsed: dict[str, Program] = {}

    def program_for(self, day: date) -> Program:
        text = store.program_json_for(self.db, day)
        if text is None:
            return Program.empty()
        if text not in self._parsed:
            self._parsed[text] = program_from_json(text, stored=True)
        return self._parsed[text]

    def by_version(self, version: int) -> Program | None:
        text = store.program_json_by_version(self.db, version)
        return program_from_json(text, stored=True) if text else None


def save_program(db: Database, program: Program, effective_from: date, at: datetime,
                 tz: str = "UTC") -> Program:
    """Store ``program`` as a new version; sales made before ``effective_from`` keep theirs.

    The program is checked as it will be read back and rehearsed on sample sales
    first: a ProgramError saves nothing, so a saved version never fails at the till.
    """
    # the rule engine is loaded for a save only: opening a shop (a report) never needs it
    from loyalty.program.rehearsal import rehearse
    if not ALWAYS <= effective_from <= LATEST_DATE:  # the sample sales' dates would overflow
        raise ProgramError("effective_from", "date_out_of_range", LATEST_DATE.isoformat())
    rehearse(program_from_json(program_to_json(program)), effective_from, tz)
    with write_transaction(db):
        version = store.last_program_version(db) + 1
        program = replace(program, version=version, effective_from=effective_from)
        store.insert_program(db, version, effective_from, program_to_json(program), at)
    return program
