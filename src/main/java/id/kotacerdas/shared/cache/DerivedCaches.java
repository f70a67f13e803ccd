package id.kotacerdas.shared.cache;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every {@link DerivedCache} held in a field of this application's beans, found as the beans are created, so
 * that all of them can be forgotten at once: when this instance may have missed another's changes (its
 * notification connection was lost and came back).
 */
@Component
public class DerivedCaches implements BeanPostProcessor {

    private static final String APPLICATION_PACKAGE = "id.kotacerdas.";

    private final List<DerivedCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        for (Class<?> type = bean.getClass();
                type != null && type.getName().startsWith(APPLICATION_PACKAGE);
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && DerivedCache.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    try {
                        if (field.get(bean) instanceof DerivedCache<?, ?> cache) {
                            caches.add(cache);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return bean;
    }

    /** How many caches are known (a test checks that the application's caches are). */
    public int count() {
        return caches.size();
    }

    public void forgetAll() {
        caches.forEach(DerivedCache::invalidateAll);
    }
}
