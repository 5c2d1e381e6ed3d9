package vn.org.congdoanhanoi.phoihop.kernel.api;


/** Nothing the user may see exists under this name; answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
