internal import CPangoCairo
import Foundation
import Synchronization

/// A fontconfig configuration of the engine's own that sees only the faces of a ``FontStack``.
///
/// The machine's configuration (which honours `FONTCONFIG_FILE`) is asked only where the stack's families
/// live. The private configuration then reads those folders through the machine's caches, accepts only the
/// regular and bold, upright, normal-width faces of the listed families, and has no other rules: no aliases,
/// no hinting or substitution settings, so nothing else installed or configured changes what is drawn. Bold
/// and oblique are synthesised when a family lacks the face (the same two rules as fontconfig's own
/// 90-synthetic.conf).
final class PrivateFontConfig: @unchecked Sendable {
    // fontconfig configurations are reference-counted and safe to share between threads once built.
    let config: OpaquePointer
    /// The families of the stack that are installed, in stack order.
    let installedFamilies: [String]

    /// Builds the configuration; `systemConfigFile` replaces the machine's configuration (tests use it).
    /// Throws ``ChartEngineError/fontNotFound(family:hint:)`` when a required family is missing.
    init(stack: FontStack, systemConfigFile: String? = nil) throws {
        guard let system = Self.loadSystemConfig(file: systemConfigFile) else {
            throw ChartEngineError.fontNotFound(family: stack.primary, hint: Self.hint(for: stack.primary))
        }
        defer { FcConfigDestroy(system) }
        var folders: [String] = []
        var installed: [String] = []
        for family in stack.allFamilies {
            let files = Self.files(of: family, in: system)
            guard !files.isEmpty else { continue }
            installed.append(family)
            for file in files {
                let folder = (file as NSString).deletingLastPathComponent
                if !folders.contains(folder) { folders.append(folder) }
            }
        }
        for family in stack.required where !installed.contains(family) {
            throw ChartEngineError.fontNotFound(family: family, hint: Self.hint(for: family))
        }
        guard let config = FcConfigCreate() else { throw ChartEngineError.cairo("FcConfigCreate failed") }
        let xml = Self.configurationXML(folders: folders.sorted(), cacheFolders: Self.cacheFolders(of: system),
                                        families: installed)
        guard FcConfigParseAndLoadFromMemory(config, xml, 1) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw ChartEngineError.cairo("the private fontconfig configuration did not load")
        }
        self.config = config
        self.installedFamilies = installed
    }

    deinit { FcConfigDestroy(config) }

    /// Every face the configuration sees, as "family, style: file", sorted (for tests and the docs).
    func faces() -> [String] {
        guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return [] }
        defer { FcPatternDestroy(pattern); FcObjectSetDestroy(objects) }
        for object in [FC_FAMILY, FC_STYLE, FC_FILE] { FcObjectSetAdd(objects, object) }
        guard let list = FcFontList(config, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(list) }
        return (0..<Int(list.pointee.nfont)).compactMap { i -> String? in
            guard let font = list.pointee.fonts[i] else { return nil }
            let field = { (object: String) -> String in
                var value: UnsafeMutablePointer<FcChar8>?
                return FcPatternGetString(font, object, 0, &value) == FcResultMatch ? value.map { String(cString: $0) } ?? "" : ""
            }
            return "\(field(FC_FAMILY)), \(field(FC_STYLE)): \(field(FC_FILE))"
        }.sorted()
    }

    /// The hint of a missing-font error: the package and the project's install step.
    static func hint(for family: String) -> String {
        "install \(FontStack.package(providing: family)) (scripts/install-deps.sh)"
    }

    private static func loadSystemConfig(file: String?) -> OpaquePointer? {
        guard let file else { return FcInitLoadConfigAndFonts() }
        guard let config = FcConfigCreate() else { return nil }
        guard FcConfigParseAndLoad(config, file, 1) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }

    /// The files of the faces the private configuration accepts for `family`, as the machine knows them.
    static func files(of family: String, in config: OpaquePointer) -> [String] {
        guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return [] }
        defer { FcPatternDestroy(pattern); FcObjectSetDestroy(objects) }
        FcPatternAddString(pattern, FC_FAMILY, family)
        FcObjectSetAdd(objects, FC_FILE)
        FcObjectSetAdd(objects, FC_FAMILY)
        guard let list = FcFontList(config, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(list) }
        var files: [String] = []
        for i in 0..<Int(list.pointee.nfont) {
            guard let font = list.pointee.fonts[i] else { continue }
            var value: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(font, FC_FILE, 0, &value) == FcResultMatch, let value else { continue }
            files.append(String(cString: value))
        }
        return files.sorted()
    }

    private static func cacheFolders(of config: OpaquePointer) -> [String] {
        guard let list = FcConfigGetCacheDirs(config) else { return [] }
        defer { FcStrListDone(list) }
        var folders: [String] = []
        while let next = FcStrListNext(list) { folders.append(String(cString: next)) }
        return folders
    }

    /// The whole private configuration as fontconfig XML.
    static func configurationXML(folders: [String], cacheFolders: [String], families: [String]) -> String {
        // One pattern per weight: fontconfig matches a pattern element against one value only. The numbers
        // are fontconfig's: slant 0 roman, width 100 normal, weight 80 regular and 200 bold.
        let accept = families.flatMap { family in
            [80, 200].map { weight in
                """
                    <acceptfont><pattern>
                      <patelt name="family"><string>\(xmlEscaped(family))</string></patelt>
                      <patelt name="slant"><int>0</int></patelt>
                      <patelt name="width"><int>100</int></patelt>
                      <patelt name="weight"><int>\(weight)</int></patelt>
                    </pattern></acceptfont>
                """
            }
        }.joined(separator: "\n")
        return """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
        \(folders.map { "  <dir>\(xmlEscaped($0))</dir>" }.joined(separator: "\n"))
        \(cacheFolders.map { "  <cachedir>\(xmlEscaped($0))</cachedir>" }.joined(separator: "\n"))
          <selectfont>
        \(accept)
            <rejectfont><pattern></pattern></rejectfont>
          </selectfont>
          <match target="font">
            <test name="slant" compare="eq"><const>roman</const></test>
            <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
            <edit name="matrix" mode="assign"><times><name>matrix</name>
              <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix>
            </times></edit>
            <edit name="slant" mode="assign" binding="strong"><const>oblique</const></edit>
          </match>
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
          </match>
        </fontconfig>
        """
    }

    private static func xmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension PrivateFontConfig {
    private static let built = Mutex<[FontStack: PrivateFontConfig]>([:])

    /// The process's configuration for `stack`, built on first use (a failed build is retried next time).
    static func shared(for stack: FontStack) throws -> PrivateFontConfig {
        try built.withLock { cache in
            if let config = cache[stack] { return config }
            let config = try PrivateFontConfig(stack: stack)
            cache[stack] = config
            return config
        }
    }
}
