package vn.org.congdoanhanoi.phoihop.records.register;


/**
 * A register (sổ văn bản đi) with its own number sequence per year, e.g. "LDLD": every document the city
 * federation issues, symbol "…-LĐLĐ".
 */
public record Register(String code, String name, String issuerAbbreviation) {}
