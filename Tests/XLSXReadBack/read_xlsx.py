#!/usr/bin/env python3
"""Reads an .xlsx file with openpyxl, an independent reader, and prints what a user would see as JSON.

    read_xlsx.py FILE           the zip entries, title, creator and creation
                                time, and every sheet in full: name, frozen
                                pane, autofilter, column widths, header boldness and fill, hyperlinks, and
                                each cell's value, type, number format and wrapping
    read_xlsx.py --count FILE   only each sheet's name, row count and last row (read-only mode, fast)

Exits 3 with a message on stderr when openpyxl is missing (Debian: apt-get install python3-openpyxl;
scripts/install-deps.sh installs it).
"""
import datetime
import json
import sys
import zipfile

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    sys.stderr.write("openpyxl is not installed for %s: run scripts/install-deps.sh "
                     "(Debian: apt-get install python3-openpyxl)\n" % sys.executable)
    sys.exit(3)


def cell_json(cell):
    value = cell.value
    if value is None:
        kind = "empty"
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, int):
        kind = "int"
    elif isinstance(value, float):
        kind = "float"
    elif isinstance(value, (datetime.datetime, datetime.date)):
        kind = "date"
        value = value.date().isoformat() if isinstance(value, datetime.datetime) else value.isoformat()
    else:
        kind = "str"
        value = str(value)
    return {"type": kind, "value": value, "format": cell.number_format, "wrap": bool(cell.alignment.wrap_text)}


def full(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        widths = {}
        for index in range(1, sheet.max_column + 1):
            letter = get_column_letter(index)
            dimension = sheet.column_dimensions.get(letter)
            widths[letter] = dimension.width if dimension is not None and dimension.customWidth else None
        rows = [[cell_json(cell) for cell in row] for row in sheet.iter_rows()]
        header = list(sheet.iter_rows(min_row=1, max_row=1))[0] if sheet.max_row >= 1 else []
        links = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.hyperlink is not None:
                    links[cell.coordinate] = cell.hyperlink.target
        sheets.append({
            "name": sheet.title,
            "freeze_panes": sheet.freeze_panes,
            "auto_filter": sheet.auto_filter.ref,
            "widths": widths,
            "header_bold": [bool(cell.font.b) for cell in header],
            "header_fill": [cell.fill.fill_type for cell in header],
            "links": links,
            "rows": rows,
        })
    return {
        "entries": zipfile.ZipFile(path).namelist(),
        "title": book.properties.title,
        "creator": book.properties.creator,
        "created": book.properties.created.isoformat() if book.properties.created else None,
        "sheets": sheets,
    }


def counts(path):
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = []
    for sheet in book.worksheets:
        count = 0
        last = None
        for row in sheet.iter_rows(values_only=True):
            count += 1
            last = row
        sheets.append({"name": sheet.title, "rows": count,
                       "last": [cell_json_value(value) for value in (last or ())]})
    book.close()
    return {"sheets": sheets}


def cell_json_value(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def main(arguments):
    if arguments[:1] == ["--count"]:
        result = counts(arguments[1])
    else:
        result = full(arguments[0])
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
