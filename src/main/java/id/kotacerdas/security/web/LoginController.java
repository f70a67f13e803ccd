package id.kotacerdas.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/masuk")
    String login() {
        return "login";
    }
}
