package vn.org.congdoanhanoi.phoihop.validation;

import java.util.Locale;

/**
 * What a form field submits, and so the only shape its variable may take from outside. Dates and times are ISO
 * strings (the validators check their format); {@code Object}, {@code Bytes}, {@code Xml}, {@code Date} and serialized
 * values are never accepted from outside, whatever the field.
 */
public enum VariableKind {
  TEXT("văn bản (kiểu String)"),
  DATE("ngày dạng chuỗi năm-tháng-ngày (kiểu String, ví dụ \"2022-05-16\")"),
  TIME("giờ dạng chuỗi HH:mm (kiểu String, ví dụ \"14:00\")"),
  DATE_TIME("ngày giờ dạng chuỗi ISO 8601 (kiểu String, ví dụ \"2022-05-16T14:00\")"),
  NUMBER("số (kiểu Integer, Long hoặc Double)"),
  BOOLEAN("giá trị đúng/sai (true/false, kiểu Boolean)"),
  FILE("một tệp (kiểu File, nội dung base64, tên tệp trong valueInfo.filename)"),
  JSON("danh sách JSON (kiểu Json, ví dụ \"[\\\"hoankiem\\\", \\\"badinh\\\"]\")");

  private final String description;

  VariableKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /**
   * The kind named in an embedded form's {@code cam-variable-type} or declaration block; "String:date" and
   * "String:time" are strings holding an ISO date or a 24-hour time.
   */
  public static VariableKind ofCamundaType(String type) {
    switch (type == null ? "string" : type.strip().toLowerCase(Locale.ROOT)) {
      case "", "string":
        return TEXT;
      case "string:date":
        return DATE;
      case "string:time":
        return TIME;
      case "boolean":
        return BOOLEAN;
      case "integer", "long", "short", "double":
        return NUMBER;
      case "file":
        return FILE;
      case "json":
        return JSON;
      default:
        throw new IllegalArgumentException("A form may not declare a variable of type " + type);
    }
  }
}
