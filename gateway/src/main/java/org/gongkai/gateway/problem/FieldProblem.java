package org.gongkai.gateway.problem;

/** One bad request parameter and why, in Chinese; the same shape as the sector services' field errors. */
public record FieldProblem(String field, String reason) {
}
