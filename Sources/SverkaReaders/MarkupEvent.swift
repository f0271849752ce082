/// One step of a parsed XML or HTML document, in document order (``MarkupParser``): readers walk
/// these with a stack instead of recursing over a tree, so that no nesting depth can exhaust a stack.
enum MarkupEvent: Equatable {
    /// An element starts.
    case start(MarkupElement)
    /// Character data (entities decoded).
    case text(String)
    /// The innermost open element ends.
    case end
}

/// An element's name and attributes. HTML elements have no namespace and lower-case names.
struct MarkupElement: Equatable {
    /// The namespace URI ("" for none).
    var namespace: String
    /// The local name.
    var name: String
    /// The attributes, in document order.
    var attributes: [MarkupAttribute]

    /// The value of the attribute `name` in `namespace` (any namespace when nil).
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// Whether the element is `name` in one of `namespaces`.
    func isNamed(_ name: String, in namespaces: Set<String>) -> Bool {
        self.name == name && namespaces.contains(namespace)
    }
}

/// An attribute of a ``MarkupElement``.
struct MarkupAttribute: Equatable {
    /// The namespace URI ("" for none).
    var namespace: String
    /// The local name.
    var name: String
    /// The value, entities decoded.
    var value: String
}
