package vn.org.congdoanhanoi.phoihop.platform;

/** Nothing the user may see exists under this name; answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
