package org.corvee.model.params;

/**
 * A typed key of the parameter catalogue. The constants are generated from
 * {@code parameters.yaml} at build time ({@code RunKeys}, {@code DispatchKeys},
 * {@code DestinationKeys.of(id)}, ...), so that a misspelt key does not compile.
 */
public sealed interface ParameterKey permits NumberKey, IntegerKey, SwitchKey {
    /** The dotted key, e.g. {@code dispatch.contract_months}. */
    String name();
}
