package vn.org.congdoanhanoi.phoihop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PhoihopApplication {

  public static void main(String[] args) {
    SpringApplication.run(PhoihopApplication.class, args);
  }
}
