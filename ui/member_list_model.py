"""The members list as a Qt table model that fetches its rows a page at a time."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from loyalty.member_search import MemberRow

FetchRows = Callable[[tuple[int, ...]], tuple[MemberRow, ...]]
PAGE = 100
Index = QModelIndex | QPersistentModelIndex


class MemberListModel(QAbstractTableModel):
    """Holds only the ids of the matches; a row's name, phone, cards and points are read
    when the view first paints it, so 100,000 members cost one id list, not 100,000 rows."""

    def __init__(self, fetch_rows: FetchRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_rows
        self._ids: tuple[int, ...] = ()
        self._rows: dict[int, MemberRow] = {}
        self._headers = (self.tr("Name"), self.tr("Phone"), self.tr("Cards"), self.tr("Points"))

    def set_ids(self, member_ids: tuple[int, ...]) -> None:
        self.beginResetModel()
        self._ids, self._rows = member_ids, {}
        self.endResetModel()

    def refresh(self) -> None:
        """Forget the rows read so far (a member changed); the ids stay."""
        self._rows = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 3))

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, member_id: int) -> int | None:
        try:
            return self._ids.index(member_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        return (self._name(row), row.phone or "", row.cards, str(row.points))[index.column()]

    def _name(self, row: MemberRow) -> str:
        if row.erased:
            return self.tr("(personal data erased) #{id}").format(id=row.member_id)
        return row.name or self.tr("(bearer card) #{id}").format(id=row.member_id)

    def _row(self, row: int) -> MemberRow | None:
        member_id = self._ids[row]
        if member_id not in self._rows:
            start = row - row % PAGE
            for fetched in self._fetch(self._ids[start:start + PAGE]):
                self._rows[fetched.member_id] = fetched
        return self._rows.get(member_id)
