import Foundation
import Synchronization

/// Runs independent jobs on all cores and returns their results in job order; the first error (by job
/// order) is rethrown, so the outcome does not depend on scheduling.
enum ConcurrentJobs {
    static func run<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
        let slots = Mutex<[Result<T, any Error>?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let result = Result { try jobs[index]() }
            slots.withLock { $0[index] = result }
        }
        return try slots.withLock { $0 }.map { try $0!.get() }
    }
}
