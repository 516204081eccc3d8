#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an .xlsx workbook back with nothing but zipfile and ElementTree and
checks what a person opening it depends on: the sheets, typed cells (dates
are numbers with a date format, money numbers with a money format, never
text), the frozen header row, the autofilter, the column widths, formulas
with their values, and native charts on the summary.

  export-check.py month FILE [--repairs N] [--min-charts N]
  export-check.py list FILE --title TITLE --ids ID,ID,... [--date-column N]
                  [--money-column N]
  export-check.py truncate FILE --out COPY      (a copy with a sheet cut short)

Exits 0 when every check passes; otherwise prints what failed and exits 1."""

import argparse
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    'm': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'rel': 'http://schemas.openxmlformats.org/package/2006/relationships',
    'c': 'http://schemas.openxmlformats.org/drawingml/2006/chart',
    'xdr': 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
}
# Excel's built-in date and time formats.
BUILTIN_DATES = set(range(14, 23)) | set(range(45, 48))
MONTH_SHEETS = ['Summary', 'Repairs', 'Complaints', 'Returns and exchanges', 'Stock movements',
                'Tools', 'Surveys', 'Technician review', 'Department review']

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def col_index(ref):
    letters = re.match(r'[A-Z]+', ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def row_index(ref):
    return int(re.search(r'\d+', ref).group(0)) - 1


class Workbook:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        self.names = self.zip.namelist()
        self.styles = self._read_styles()
        self.sheets = self._read_sheets()

    def xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def rels(self, part):
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, '_rels', base + '.rels')
        if name not in self.names:
            return {}
        out = {}
        for rel in self.xml(name).findall('rel:Relationship', NS):
            out[rel.get('Id')] = posixpath.normpath(posixpath.join(folder, rel.get('Target')))
        return out

    def _read_styles(self):
        root = self.xml('xl/styles.xml')
        formats = {int(f.get('numFmtId')): f.get('formatCode')
                   for f in root.findall('m:numFmts/m:numFmt', NS)}
        xfs = []
        self.wraps = []
        for xf in root.findall('m:cellXfs/m:xf', NS):
            fid = int(xf.get('numFmtId', '0'))
            xfs.append((fid, formats.get(fid, '')))
            alignment = xf.find('m:alignment', NS)
            self.wraps.append(alignment is not None and alignment.get('wrapText') == '1')
        return xfs

    def _read_sheets(self):
        root = self.xml('xl/workbook.xml')
        rels = self.rels('xl/workbook.xml')
        sheets = {}
        for sheet in root.findall('m:sheets/m:sheet', NS):
            rid = sheet.get('{%s}id' % NS['r'])
            sheets[sheet.get('name')] = rels[rid]
        return sheets

    def is_date_style(self, s):
        fid, code = self.styles[s]
        if fid in BUILTIN_DATES:
            return True
        code = re.sub(r'"[^"]*"|\[[^\]]*\]', '', code or '').lower()
        return 'y' in code and 'd' in code

    def is_money_style(self, s):
        fid, code = self.styles[s]
        return '0.00' in (code or '') and not self.is_date_style(s)

    def sheet(self, name):
        return Sheet(self, name, self.sheets[name])


class Sheet:
    def __init__(self, book, name, part):
        self.book = book
        self.name = name
        self.part = part
        self.root = book.xml(part)
        self.rows = {}
        for c in self.root.iter('{%s}c' % NS['m']):
            ref = c.get('r')
            self.rows.setdefault(row_index(ref), {})[col_index(ref)] = c

    def cell(self, row, col):
        return self.rows.get(row, {}).get(col)

    def text(self, row, col):
        c = self.cell(row, col)
        if c is None:
            return None
        if c.get('t') == 'inlineStr':
            return ''.join(t.text or '' for t in c.iter('{%s}t' % NS['m']))
        if c.get('t') == 's':
            raise AssertionError('shared strings are not expected in constant-memory mode')
        v = c.find('m:v', NS)
        return v.text if v is not None else None

    def is_number(self, row, col):
        c = self.cell(row, col)
        return c is not None and c.get('t') in (None, 'n') and c.find('m:v', NS) is not None

    def style(self, row, col):
        return int(self.cell(row, col).get('s', '0'))

    def n_data_rows(self):
        return max(self.rows) if self.rows else 0

    def header(self):
        row = self.rows.get(0, {})
        return [self.text(0, col) for col in sorted(row)]

    def pane(self):
        return self.root.find('m:sheetViews/m:sheetView/m:pane', NS)

    def autofilter(self):
        node = self.root.find('m:autoFilter', NS)
        return node.get('ref') if node is not None else None

    def widths(self):
        return {int(c.get('min')) - 1: float(c.get('width'))
                for c in self.root.findall('m:cols/m:col', NS)}

    def charts(self):
        drawings = self.root.findall('m:drawing', NS)
        rels = self.book.rels(self.part)
        charts = []
        for d in drawings:
            part = rels[d.get('{%s}id' % NS['r'])]
            drels = self.book.rels(part)
            for target in drels.values():
                if '/charts/' in target:
                    charts.append(self.book.xml(target))
        return charts


def column_of(sheet, title):
    header = sheet.header()
    check(title in header, '%s: no column "%s" in %s' % (sheet.name, title, header))
    return header.index(title) if title in header else None


def check_list_sheet(sheet, n_rows=None):
    pane = sheet.pane()
    check(pane is not None and pane.get('state') == 'frozen' and pane.get('ySplit') == '1'
          and pane.get('topLeftCell') == 'A2',
          '%s: the header row is not frozen' % sheet.name)
    ref = sheet.autofilter()
    n_cols = len(sheet.header())
    if check(ref is not None, '%s: no autofilter' % sheet.name):
        first, _, last = ref.partition(':')
        check(first == 'A1', '%s: autofilter %s does not start at A1' % (sheet.name, ref))
        last = last or first
        check(col_index(last) == n_cols - 1,
              '%s: autofilter %s does not cover the %d columns' % (sheet.name, ref, n_cols))
        if n_rows is not None:
            check(row_index(last) == max(n_rows, 0),
                  '%s: autofilter %s does not cover the %d rows' % (sheet.name, ref, n_rows))
    widths = sheet.widths()
    for col, title in enumerate(sheet.header()):
        width = widths.get(col, 0)
        longest = max(len(word) for word in title.split())
        # A heading wider than its column wraps at its spaces, never inside a word.
        check(width >= min(len(title), 60) or
              (width >= longest and sheet.book.wraps[sheet.style(0, col)]),
              '%s: column "%s" is narrower (%s) than its heading' % (sheet.name, title, width))
    for col in range(n_cols):
        check(sheet.style(0, col) != 0, '%s: heading %d has no header format' % (sheet.name, col))


def check_typed_column(sheet, col, kind):
    if col is None:
        return
    test = sheet.book.is_date_style if kind == 'date' else sheet.book.is_money_style
    seen = 0
    for row in range(1, sheet.n_data_rows() + 1):
        if sheet.cell(row, col) is None:
            continue
        seen += 1
        if not check(sheet.is_number(row, col),
                     '%s row %d column %d: a %s written as text' % (sheet.name, row + 1, col, kind)):
            return
        if not check(test(sheet.style(row, col)),
                     '%s row %d column %d: not a %s format (%s)'
                     % (sheet.name, row + 1, col, kind, sheet.book.styles[sheet.style(row, col)])):
            return
    return seen


def check_formulas(sheet):
    for row in sheet.rows.values():
        for c in row.values():
            f = c.find('m:f', NS)
            if f is not None:
                v = c.find('m:v', NS)
                check(v is not None and v.text not in (None, ''),
                      '%s %s: formula %s has no value' % (sheet.name, c.get('r'), f.text))


def check_summary(book, min_charts):
    summary = book.sheet('Summary')
    charts = summary.charts()
    check(len(charts) >= min_charts,
          'Summary: %d charts, expected at least %d' % (len(charts), min_charts))
    kinds = set()
    for chart in charts:
        for kind in ('barChart', 'pieChart', 'lineChart'):
            if chart.find('.//c:%s' % kind, NS) is not None:
                kinds.add(kind)
        for ref in chart.findall('.//c:val/c:numRef/c:f', NS):
            check(ref.text.startswith('Summary!'),
                  'Summary: a chart reads %s, not the summary\'s cells' % ref.text)
    check('barChart' in kinds, 'Summary: no bar chart among %s' % kinds)
    check(min_charts < 3 or 'pieChart' in kinds, 'Summary: no pie chart among %s' % kinds)
    formulas = [c for row in summary.rows.values() for c in row.values()
                if c.find('m:f', NS) is not None]
    check(len(formulas) > 0, 'Summary: no total formulas')
    check_formulas(summary)


def check_month(args):
    book = Workbook(args.file)
    for name in MONTH_SHEETS:
        check(name in book.sheets, 'sheet "%s" missing (have %s)' % (name, list(book.sheets)))
    if failures:
        return
    if args.repairs != 0:
        check_summary(book, args.min_charts)
    else:
        check(not book.sheet('Summary').charts(), 'Summary: charts of an empty month')
    for name in MONTH_SHEETS[1:]:
        sheet = book.sheet(name)
        rows = sheet.n_data_rows()
        if name.endswith('review'):
            rows -= 1          # the total row, outside the filter
        check_list_sheet(sheet, rows)
        check_formulas(sheet)
    repairs = book.sheet('Repairs')
    if args.repairs is not None:
        check(repairs.n_data_rows() == args.repairs,
              'Repairs: %d rows, expected %d' % (repairs.n_data_rows(), args.repairs))
    check(check_typed_column(repairs, column_of(repairs, 'Received'), 'date') or
          args.repairs == 0, 'Repairs: no dates seen')
    check_typed_column(repairs, column_of(repairs, 'Closed'), 'date')
    check_typed_column(repairs, column_of(repairs, 'Amount invoiced'), 'money')
    tools = book.sheet('Tools')
    check_typed_column(tools, column_of(tools, 'Value'), 'money')
    check_typed_column(tools, column_of(tools, 'Purchased'), 'date')


def check_list(args):
    book = Workbook(args.file)
    check(list(book.sheets) == [args.title], 'sheets %s, expected [%s]' % (list(book.sheets),
                                                                         args.title))
    if failures:
        return
    sheet = book.sheet(args.title)
    ids = [int(x) for x in args.ids.split(',') if x]
    check_list_sheet(sheet, len(ids))
    got = []
    for row in range(1, sheet.n_data_rows() + 1):
        check(sheet.is_number(row, 0), 'row %d: the number is not a number' % (row + 1))
        got.append(int(float(sheet.text(row, 0))))
    check(got == ids, 'rows %s…, expected %s…' % (got[:8], ids[:8]))
    if args.date_column is not None:
        check(check_typed_column(sheet, args.date_column, 'date') == len(ids),
              'the date column is not all dates')
    if args.money_column is not None:
        check_typed_column(sheet, args.money_column, 'money')


def truncate(args):
    """Copies FILE to OUT with its first sheet's XML cut in half, inside a
    zip that is itself sound: what a failed temporary write would leave."""
    with zipfile.ZipFile(args.file) as src, \
            zipfile.ZipFile(args.out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == 'xl/worksheets/sheet1.xml':
                data = data[:len(data) // 2]
            dst.writestr(item.filename, data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('mode', choices=['month', 'list', 'truncate'])
    parser.add_argument('file')
    parser.add_argument('--repairs', type=int)
    parser.add_argument('--min-charts', type=int, default=1)
    parser.add_argument('--title')
    parser.add_argument('--ids', default='')
    parser.add_argument('--date-column', type=int)
    parser.add_argument('--money-column', type=int)
    parser.add_argument('--out')
    args = parser.parse_args()
    if args.mode == 'truncate':
        truncate(args)
        return 0
    try:
        (check_month if args.mode == 'month' else check_list)(args)
    except Exception as error:   # a workbook that cannot be read at all
        failures.append('%s: %r' % (args.file, error))
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
