"""The members list as a Qt table model that fetches its rows a page at a time."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from loyalty.storage.search import MemberRow

FetchRows = Callable[[tuple[int, ...]], tuple[MemberRow, ...]]
PageIds = Callable[[int, int], tuple[int, ...]]
FindRow = Callable[[int], int | None]
PAGE = 100
Index = QModelIndex | QPersistentModelIndex


class MemberListModel(QAbstractTableModel):
    """Knows only how many rows there are; a page of ids and their rows (name, phone,
    cards, points) is read when the view first paints one of them, so listing 100,000
    members costs a count, not 100,000 rows."""

    def __init__(self, fetch_rows: FetchRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_rows
        self._total = 0
        self._page_ids: PageIds = lambda start, count: ()
        self._find: FindRow = lambda member_id: None
        self._pages: dict[int, tuple[MemberRow, ...]] = {}
        self._headers = (self.tr("Name"), self.tr("Phone"), self.tr("Cards"), self.tr("Points"))

    def show(self, total: int, page_ids: PageIds, find: FindRow) -> None:
        """List ``total`` rows; ``page_ids(start, count)`` names the members at those
        positions and ``find(member_id)`` says where one stands."""
        self.beginResetModel()
        self._total, self._page_ids, self._find, self._pages = total, page_ids, find, {}
        self.endResetModel()

    def refresh(self) -> None:
        """Forget the rows read so far (a member changed)."""
        self._pages = {}
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, 3))

    def member_id(self, row: int) -> int | None:
        found = self._row(row)
        return found.member_id if found else None

    def row_of(self, member_id: int) -> int | None:
        return self._find(member_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

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
        page, offset = divmod(row, PAGE)
        if page not in self._pages:
            self._pages[page] = self._fetch(self._page_ids(page * PAGE, PAGE))
        rows = self._pages[page]
        return rows[offset] if offset < len(rows) else None
