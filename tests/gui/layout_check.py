"""Find cut-off text and controls in a shown widget tree (for the screen-size tests).

``problems(root)`` walks every visible widget under ``root`` and reports, in words that
name the widget and its text, what a user would see cut: a label, button, check box,
combo box, line-edit placeholder, tab or column title narrower than its text; a
word-wrapped label lower than its lines; a control lying outside its parent's rectangle
(a layout squeezed below its minimum); a table showing fewer than four rows.

Scrolled content is allowed to lie outside the scroll area's viewport (that is what
scrolling is for), and nothing below a hidden widget is checked.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionHeader,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

#: pixels a text may lack before it counts as cut (anti-aliasing, rounding)
SLACK = 1
#: rows a table must show when it has that many (or more) to show
MIN_ROWS = 4


def describe(widget: QWidget) -> str:
    """``QPushButton „Exportieren …“ in EventsView > QTabWidget`` – enough to find it."""
    text = _text_of(widget)
    name = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        name += f"#{widget.objectName()}"
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        if not type(parent).__module__.startswith("PySide6"):
            chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    where = f" in {' > '.join(chain)}" if chain else ""
    return f"{name} „{text}“{where}" if text else f"{name}{where}"


def _text_of(widget: QWidget) -> str:
    for getter in ("text", "currentText", "placeholderText", "title"):
        fn = getattr(widget, getter, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                return value.replace("\n", " ")[:60]
    return ""


def _advance(fm: QFontMetrics, text: str) -> int:
    """The width of the widest line of ``text`` as drawn, mnemonic ampersands left out."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max((fm.horizontalAdvance(line) for line in plain.split("\n")), default=0)


def _scrolled(widget: QWidget) -> bool:
    """Whether ``widget``'s geometry is content of a scroll area (it may lie outside)."""
    parent = widget.parentWidget()
    return (
        isinstance(parent, QWidget)
        and isinstance(parent.parentWidget(), QAbstractScrollArea)
        and parent is parent.parentWidget().viewport()
    )


def problems(root: QWidget) -> list[str]:
    found: list[str] = []
    _walk(root, found)
    return found


def _walk(widget: QWidget, found: list[str]) -> None:
    controls: list[QWidget] = []
    for child in widget.findChildren(QWidget, options=_direct()):
        if not child.isVisible() or child.isWindow() or isinstance(child, QMenu):
            continue
        if isinstance(widget, QSplitter) and _folded(child):
            continue  # a folded pane: the user drags its handle to open it
        _check_inside(child, found)
        _check_text(child, found)
        if isinstance(child, CONTROLS) and child.width() > 0 and not _scrolled(child):
            controls.append(child)
        _walk(child, found)
    _check_overlap(controls, found)


def _folded(pane: QWidget) -> bool:
    """A collapsed splitter pane: no size, or moved out of the splitter by Qt."""
    g = pane.geometry()
    return g.width() == 0 or g.height() == 0 or not pane.parentWidget().rect().intersects(g)


#: controls that a layout places side by side: two of them overlapping hide each other
CONTROLS = (QLabel, QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox, QRadioButton)


def _check_overlap(controls: list[QWidget], found: list[str]) -> None:
    for i, a in enumerate(controls):
        for b in controls[i + 1 :]:
            common = a.geometry().intersected(b.geometry())
            if common.width() > SLACK + 1 and common.height() > SLACK + 1:
                found.append(f"{describe(a)} und {describe(b)} überdecken einander")


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _check_inside(child: QWidget, found: list[str]) -> None:
    parent = child.parentWidget()
    if parent is None or _scrolled(child) or type(child).__name__.startswith("QLineEditIcon"):
        return
    if isinstance(parent, QTabBar | QAbstractScrollArea):
        return  # the tab bar's scroll buttons, the scroll area's bars and corner
    if child.width() <= 0 or child.height() <= 0:
        return  # a collapsed splitter pane or an empty placeholder shows nothing
    bounds = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not bounds.contains(child.geometry()):
        g = child.geometry()
        found.append(
            f"{describe(child)} liegt außerhalb ({g.x()},{g.y()} {g.width()}×{g.height()}"
            f" in {parent.width()}×{parent.height()})"
        )


def _check_text(w: QWidget, found: list[str]) -> None:
    if isinstance(w, QLabel):
        _check_label(w, found)
    elif isinstance(w, QPushButton):
        _check_push_button(w, found)
    elif isinstance(w, QCheckBox | QRadioButton):
        if w.text() and w.width() + SLACK < w.sizeHint().width():
            found.append(f"{describe(w)} abgeschnitten ({w.width()} < {w.sizeHint().width()})")
    elif isinstance(w, QToolButton):
        style = w.toolButtonStyle()
        if w.text() and style != w.toolButtonStyle().ToolButtonIconOnly:
            need = w.sizeHint().width() - 4  # the style's extra margin is not text
            if w.width() < need:
                found.append(f"{describe(w)} abgeschnitten ({w.width()} < {need})")
    elif isinstance(w, QComboBox):
        _check_combo(w, found)
    elif isinstance(w, QLineEdit):
        _check_placeholder(w, found)
    elif isinstance(w, QTabBar):
        _check_tabs(w, found)
    elif isinstance(w, QHeaderView):
        _check_header(w, found)
    if isinstance(w, QTableView | QTreeView) and not isinstance(w, QHeaderView):
        _check_rows(w, found)


def _check_label(label: QLabel, found: list[str]) -> None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    inner = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    indent = max(label.indent(), 0)
    available = inner.width() - indent
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            found.append(f"{describe(label)} nur teilweise sichtbar ({label.height()} < {need})")
        return
    if label.textFormat() == label.textFormat().RichText or (
        label.textFormat() == label.textFormat().AutoText and "<" in text
    ):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth())
    else:
        need = _advance(label.fontMetrics(), text)
    if need > available + SLACK:
        found.append(f"{describe(label)} abgeschnitten ({available} < {need})")


def _check_push_button(button: QPushButton, found: list[str]) -> None:
    if not button.text():
        return
    opt = QStyleOptionButton()
    button.initStyleOption(opt)
    contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, button)
    need = _advance(button.fontMetrics(), button.text())
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if button.menu() is not None:
        need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, opt, button)
    if need > contents.width() + SLACK:
        found.append(f"{describe(button)} abgeschnitten ({contents.width()} < {need})")


def _check_combo(box: QComboBox, found: list[str]) -> None:
    if box.isEditable():
        if box.lineEdit() is not None and not box.currentText():
            _check_placeholder(box.lineEdit(), found, owner=box)
        return
    text = box.currentText()
    if not text:
        return
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    field: QRect = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    need = _advance(box.fontMetrics(), text)
    if not box.itemIcon(box.currentIndex()).isNull():
        need += box.iconSize().width() + 4
    if need > field.width() + SLACK:
        found.append(f"{describe(box)} abgeschnitten ({field.width()} < {need})")


def _check_placeholder(edit: QLineEdit, found: list[str], owner: QWidget | None = None) -> None:
    if edit.text() or not edit.placeholderText():
        return
    opt = QStyleOptionFrame()
    edit.initStyleOption(opt)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, edit)
    margins = edit.textMargins()
    available = rect.width() - margins.left() - margins.right() - 4  # Qt's 2px each side
    for icon in edit.findChildren(QWidget):
        if type(icon).__name__.startswith("QLineEditIcon") and icon.isVisible():
            available -= icon.width()
    need = _advance(edit.fontMetrics(), edit.placeholderText())
    if need > available + SLACK:
        found.append(f"{describe(owner or edit)} Platzhalter abgeschnitten ({available} < {need})")


def _check_tabs(bar: QTabBar, found: list[str]) -> None:
    hspace = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        text = bar.tabText(i)
        need = _advance(bar.fontMetrics(), text) + hspace // 2
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width() + 4
        if rect.width() < need or not bar.rect().contains(rect):
            found.append(
                f"Reiter „{text}“ von {describe(bar)} abgeschnitten oder verdeckt"
                f" ({rect.x()},{rect.width()} in {bar.width()})"
            )


def _check_header(header: QHeaderView, found: list[str]) -> None:
    """A column title wider than its column; measured by the style, so that the style
    sheet's bold font and padding count (plain metrics let „VBA-Regio“ pass)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    style = header.style()
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        text = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        opt = QStyleOptionHeader()
        opt.initFrom(header)
        opt.section = i
        opt.text = text
        opt.orientation = Qt.Orientation.Horizontal
        opt.textAlignment = header.defaultAlignment()
        need = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, opt, QSize(), header)
        need = need.width() - SLACK
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == i:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        size = header.sectionSize(i)
        if size < need:  # a column behind the right edge is scrolled to, not cut
            owner = header.parentWidget()
            found.append(f"Spalte „{text}“ von {describe(owner)} abgeschnitten ({size} < {need})")


def _check_rows(view: QAbstractItemView, found: list[str]) -> None:
    model = view.model()
    if model is None:
        return
    rows = model.rowCount()
    if rows == 0:
        return
    # a table's standard row height: rows taller by their content may show fewer
    if isinstance(view, QTableView):
        row_height = view.verticalHeader().defaultSectionSize()
    else:
        row_height = view.sizeHintForRow(0)
    if row_height <= 0:
        return
    shown = view.viewport().height() // row_height
    if isinstance(view, QTableView):  # rows sized to their content: count those fully in view
        bottom = view.viewport().height()
        fully = sum(
            1
            for r in range(rows)
            if not view.isRowHidden(r) and view.rowViewportPosition(r) + view.rowHeight(r) <= bottom
        )
        shown = max(shown, fully)
    if shown < min(rows, MIN_ROWS):
        found.append(
            f"{describe(view)} zeigt {shown} von {rows} Zeilen (Höhe {view.viewport().height()})"
        )


def problems_in_every_tab(root: QWidget, settle) -> list[str]:
    """``problems`` of ``root`` with every tab of every (nested) tab widget in front, once
    each; ``settle()`` lets the event loop lay out and load after a switch."""
    from PySide6.QtWidgets import QTabWidget

    found: dict[str, None] = dict.fromkeys(problems(root))

    def visit(scope: QWidget, where: str) -> None:
        for tabs in scope.findChildren(QTabWidget):
            if not tabs.isVisible() or _inside_other(tabs, scope):
                continue
            for i in range(tabs.count()):
                if not tabs.isTabEnabled(i) or not tabs.isTabVisible(i):
                    continue
                tabs.setCurrentIndex(i)
                settle()
                label = f"{where}Reiter „{tabs.tabText(i).replace('&', '')}“: "
                found.update(dict.fromkeys(label + p for p in problems(root)))
                visit(tabs.widget(i), label)

    visit(root, "")
    return list(found)


def _inside_other(tabs: QWidget, scope: QWidget) -> bool:
    """Whether a tab widget lies inside another tab widget below ``scope``."""
    from PySide6.QtWidgets import QTabWidget

    parent = tabs.parentWidget()
    while parent is not None and parent is not scope:
        if isinstance(parent, QTabWidget):
            return True
        parent = parent.parentWidget()
    return False
