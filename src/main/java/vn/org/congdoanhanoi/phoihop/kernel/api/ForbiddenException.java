package vn.org.congdoanhanoi.phoihop.kernel.api;


/** The user is known but may not do this; answered with 403 and the Vietnamese message. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
