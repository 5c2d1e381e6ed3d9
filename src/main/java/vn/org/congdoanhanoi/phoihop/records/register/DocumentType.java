package vn.org.congdoanhanoi.phoihop.records.register;


/**
 * Document types of the trade union (Quyết định 933/QĐ-TLĐ of 2024 on the types and format of trade-union
 * documents) with the abbreviations of the number and symbol, which follow Nghị định 30/2020/NĐ-CP, Phụ lục III.
 * The enum names are the stable codes of the API and the register table; only add to this list.
 */
public enum DocumentType {
  NGHI_QUYET("Nghị quyết", "NQ"),
  QUYET_DINH("Quyết định", "QĐ"),
  CHI_THI("Chỉ thị", "CT"),
  KET_LUAN("Kết luận", "KL"),
  QUY_CHE("Quy chế", "QC"),
  QUY_DINH("Quy định", "QyĐ"),
  THONG_BAO("Thông báo", "TB"),
  HUONG_DAN("Hướng dẫn", "HD"),
  CHUONG_TRINH("Chương trình", "CTr"),
  KE_HOACH("Kế hoạch", "KH"),
  PHUONG_AN("Phương án", "PA"),
  DE_AN("Đề án", "ĐA"),
  BAO_CAO("Báo cáo", "BC"),
  TO_TRINH("Tờ trình", "TTr"),
  BIEN_BAN("Biên bản", "BB"),
  GIAY_MOI("Giấy mời", "GM"),
  GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
  /** A letter (công văn) has no type abbreviation: its symbol is the issuing body's, e.g. "222/LĐLĐ". */
  CONG_VAN("Công văn", null);

  private final String label;
  private final String abbreviation;

  DocumentType(String label, String abbreviation) {
    this.label = label;
    this.abbreviation = abbreviation;
  }

  public String label() {
    return label;
  }

  /** "BC" for a report; null for a letter. */
  public String abbreviation() {
    return abbreviation;
  }
}
