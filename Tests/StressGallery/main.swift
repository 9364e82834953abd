// stress-gallery: the two steps of `make gallery` (scripts/gallery.sh) that need code.
//
//   stress-gallery sets DIR                     writes every stress set (Tests/_TestSupport/StressSets.swift)
//                                               into DIR/<set>/ and prints the set names, one a line
//   stress-gallery sheet OUT.png COLUMNS CELL TITLE [LABEL=FILE.png | -] ...
//                                               a contact sheet: the PNGs in a grid of COLUMNS, each scaled
//                                               into a CELL-pixel square with its label; "-" is an empty cell
import CCairo
import Foundation
import _TestSupport

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("stress-gallery: \(message)\n".utf8))
    exit(64)
}

func writeSets(into folder: String) throws {
    var generator = StressSetGenerator()
    for set in generator.all() {
        try set.write(into: URL(fileURLWithPath: folder, isDirectory: true))
        print(set.name)
    }
}

/// Draws `text` in the toy font at (x, y) baseline.
func label(_ cr: OpaquePointer, _ text: String, x: Double, y: Double, size: Double, bold: Bool = false) {
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
    cairo_set_font_size(cr, size)
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)
    cairo_move_to(cr, x, y)
    cairo_show_text(cr, text)
}

func sheet(out: String, columns: Int, cell: Double, title: String, entries: [String]) {
    let labelHeight = 16.0, gap = 10.0, header = 34.0
    let rows = (entries.count + columns - 1) / columns
    let width = Int32(Double(columns) * (cell + gap) + gap), height = Int32(header + Double(rows) * (cell + labelHeight + gap) + gap)
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height), let cr = cairo_create(surface) else { fail("cairo") }
    defer { cairo_destroy(cr); cairo_surface_destroy(surface) }
    cairo_set_source_rgb(cr, 0.82, 0.82, 0.82)
    cairo_paint(cr)
    label(cr, title, x: gap, y: 24, size: 18, bold: true)
    for (i, entry) in entries.enumerated() where entry != "-" {
        let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { fail("expected LABEL=FILE, got \(entry)") }
        let x = gap + Double(i % columns) * (cell + gap), y = header + Double(i / columns) * (cell + labelHeight + gap)
        label(cr, parts[0], x: x, y: y + 12, size: 11)
        guard let image = cairo_image_surface_create_from_png(parts[1]), cairo_surface_status(image) == CAIRO_STATUS_SUCCESS else {
            label(cr, "missing: \(parts[1].split(separator: "/").last ?? "")", x: x, y: y + labelHeight + 14, size: 10)
            continue
        }
        defer { cairo_surface_destroy(image) }
        let w = Double(cairo_image_surface_get_width(image)), h = Double(cairo_image_surface_get_height(image))
        let scale = min(cell / w, cell / h, 1)
        cairo_save(cr)
        cairo_translate(cr, x, y + labelHeight)
        cairo_scale(cr, scale, scale)
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }
    guard cairo_surface_write_to_png(surface, out) == CAIRO_STATUS_SUCCESS else { fail("cannot write \(out)") }
}

let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "sets" where args.count == 3:
    do { try writeSets(into: args[2]) } catch { fail("\(error)") }
case "sheet" where args.count >= 6:
    guard let columns = Int(args[3]), columns > 0, let cell = Double(args[4]), cell > 0 else { fail("COLUMNS and CELL must be positive numbers") }
    sheet(out: args[2], columns: columns, cell: cell, title: args[5], entries: Array(args.dropFirst(6)))
default:
    fail("usage: stress-gallery sets DIR | sheet OUT.png COLUMNS CELL TITLE [LABEL=FILE.png | -] ...")
}
