/// For each window of `width` consecutive units of one side, the anchors that two or more of its
/// units hold, sorted, each with how many times each unit of the window holds it: what
/// ``AnchorEvidence`` corrects a bead's sum of unit pairs with, without looking the anchor up in
/// the bead's units again.
///
/// The counts are packed 16 bits per unit (the window's first unit lowest) for windows of up to
/// ``maxPackedWidth`` units; a count that does not fit, or a wider window, leaves the entry
/// ``unpacked`` and the reader counts for itself.
///
/// Built once before the search and read-only afterwards, so any number of threads may read it.
final class RepeatTable: @unchecked Sendable {
    /// Marks an entry whose counts are not packed.
    static let unpacked = UInt64.max
    /// Widest window whose counts are packed.
    static let maxPackedWidth = 4
    /// Units per window.
    let width: Int
    private let starts: UnsafeMutablePointer<Int>
    private let ids: UnsafeMutablePointer<Int32>
    private let held: UnsafeMutablePointer<UInt64>

    /// The repeats of every window of `width` units of `features` (none for width 1).
    init(_ features: UnitFeatures, width: Int) {
        self.width = width
        var flatIDs: [Int32] = []
        var flatHeld: [UInt64] = []
        var offsets = [0]
        offsets.reserveCapacity(features.count + 1)
        // Each unit's distinct anchors as one integer each: the id (high 32 bits), the unit's
        // place in the window (8 bits, clipped: only windows of up to four are packed) and its
        // count (24 bits, clipped: past 16 bits it is not packed), so that sorting groups them by id.
        var entries: [UInt64] = []
        for k in 0..<features.count {
            if width > 1 {
                entries.removeAll(keepingCapacity: true)
                for u in k..<min(k + width, features.count) {
                    let anchors = features.anchors(of: u)
                    var n = anchors.startIndex
                    while n < anchors.endIndex {
                        var end = n + 1
                        while end < anchors.endIndex && anchors[end] == anchors[n] { end += 1 }
                        entries.append(UInt64(UInt32(bitPattern: anchors[n])) << 32 | UInt64(min(u - k, 0xFF)) << 24
                                       | UInt64(min(end - n, 0xFF_FFFF)))
                        n = end
                    }
                }
                entries.sort()
                var n = 0
                while n < entries.count {
                    let id = entries[n] >> 32
                    var end = n + 1
                    while end < entries.count && entries[end] >> 32 == id { end += 1 }
                    if end - n >= 2 {
                        var packed: UInt64 = 0
                        for entry in entries[n..<end] {
                            let count = entry & 0xFF_FFFF
                            guard width <= Self.maxPackedWidth, count <= 0xFFFF else {
                                packed = Self.unpacked
                                break
                            }
                            packed |= count << (16 * ((entry >> 24) & 0xFF))
                        }
                        flatIDs.append(Int32(bitPattern: UInt32(truncatingIfNeeded: id)))
                        flatHeld.append(packed)
                    }
                    n = end
                }
            }
            offsets.append(flatIDs.count)
        }
        starts = .allocate(capacity: offsets.count)
        starts.initialize(from: offsets, count: offsets.count)
        ids = .allocate(capacity: max(flatIDs.count, 1))
        ids.initialize(from: flatIDs, count: flatIDs.count)
        held = .allocate(capacity: max(flatHeld.count, 1))
        held.initialize(from: flatHeld, count: flatHeld.count)
    }

    deinit {
        starts.deallocate()
        ids.deallocate()
        held.deallocate()
    }

    /// The table's storage, to read windows without reference counting while the table lives.
    struct View {
        let starts: UnsafeMutablePointer<Int>
        let ids: UnsafeMutablePointer<Int32>
        let held: UnsafeMutablePointer<UInt64>

        /// Window `k`'s repeated anchors, sorted, and their packed counts (`k` in range).
        @inline(__always)
        func window(_ k: Int) -> (ids: UnsafeBufferPointer<Int32>, held: UnsafeMutablePointer<UInt64>) {
            (UnsafeBufferPointer(start: ids + starts[k], count: starts[k + 1] - starts[k]), held + starts[k])
        }
    }

    /// A view of the storage, valid as long as the table is.
    var view: View { View(starts: starts, ids: ids, held: held) }
}
