import Testing
@testable import SverkaReview
