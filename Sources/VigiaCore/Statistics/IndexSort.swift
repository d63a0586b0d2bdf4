/// Sorts indices by the values they point to, ascending (not stable: ranking needs ties adjacent,
/// not in order). Quicksort with a median-of-three pivot, the smaller side first, and insertion
/// sort on short ranges; no closure, no allocation. Values must not be NaN.
enum IndexSort {
    static func sort(_ order: UnsafeMutableBufferPointer<Int>, by values: UnsafeBufferPointer<Double>) {
        var lo = 0, hi = order.count
        while hi - lo > 16 {
            let (left, right) = partition(order, values, lo, hi)
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
            if left - lo < hi - right {
                sort(UnsafeMutableBufferPointer(rebasing: order[lo..<left]), by: values)
                lo = right
            } else {
                sort(UnsafeMutableBufferPointer(rebasing: order[right..<hi]), by: values)
                hi = left
            }
        }
        insertion(order, values, lo, hi)
    }

    /// Three-way partition of lo..<hi around a median-of-three pivot: below it lo..<left, equal
    /// left..<right, above right..<hi.
    private static func partition(_ order: UnsafeMutableBufferPointer<Int>, _ values: UnsafeBufferPointer<Double>,
                                  _ lo: Int, _ hi: Int) -> (Int, Int) {
        let a = values[order[lo]], b = values[order[lo + (hi - lo) / 2]], c = values[order[hi - 1]]
        let pivot = max(min(a, b), min(max(a, b), c))
        var lt = lo, i = lo, gt = hi
        while i < gt {
            let x = values[order[i]]
            if x < pivot {
                order.swapAt(lt, i)
                lt += 1
                i += 1
            } else if x > pivot {
                gt -= 1
                order.swapAt(i, gt)
            } else {
                i += 1
            }
        }
        return (lt, gt)
    }

    private static func insertion(_ order: UnsafeMutableBufferPointer<Int>, _ values: UnsafeBufferPointer<Double>,
                                  _ lo: Int, _ hi: Int) {
        guard hi - lo > 1 else { return }
        for i in (lo + 1)..<hi {
            let index = order[i], x = values[index]
            var j = i
            while j > lo && values[order[j - 1]] > x {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = index
        }
    }
}
